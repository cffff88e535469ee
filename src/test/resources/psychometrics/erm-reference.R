# Reference values for RaschCalibrationTest, computed with R's eRm (conditional maximum likelihood).
# Run at development time (Debian: apt-get install r-base-core r-cran-erm), from this folder:
#   Rscript erm-reference.R
# It writes the two data sets (our own simulation, fixed seeds) and eRm's estimates beside them; commit all four.
suppressMessages(library(eRm))

# booklets: a list of item-index vectors; each person answers one booklet, taken in turn (eRm's CML with
# missing values groups persons by their pattern of answered items, so a few booklets keep it fast).
simulate <- function(persons, difficulties, seed, booklets = list(seq_along(difficulties))) {
  set.seed(seed)
  theta <- rnorm(persons)
  x <- matrix(NA_integer_, persons, length(difficulties))
  for (v in seq_len(persons)) {
    items <- booklets[[(v - 1) %% length(booklets) + 1]]
    p <- 1 / (1 + exp(difficulties[items] - theta[v]))
    x[v, items] <- as.integer(runif(length(items)) < p)
  }
  x
}

reference <- function(x, name) {
  write.table(x, paste0(name, "-responses.csv"), sep = ",", row.names = FALSE, col.names = FALSE, na = "")
  model <- RM(x, sum0 = TRUE)
  difficulty <- -model$betapar
  se <- model$se.beta
  fit <- itemfit(person.parameter(model))
  out <- data.frame(item = seq_along(difficulty), difficulty = difficulty - mean(difficulty), se = se,
                    infit = fit$i.infitMSQ, outfit = fit$i.outfitMSQ)
  write.csv(out, paste0(name, "-erm.csv"), row.names = FALSE)
}

set.seed(1)
complete_b <- round(seq(-2, 2, length.out = 20) + rnorm(20, 0, 0.2), 3)
reference(simulate(500, complete_b, 2026), "complete")

set.seed(3)
sparse_b <- round(rnorm(30, 0, 1), 3)
reference(simulate(900, sparse_b, 2027, booklets = list(1:15, 11:25, c(21:30, 1:5))), "sparse")
