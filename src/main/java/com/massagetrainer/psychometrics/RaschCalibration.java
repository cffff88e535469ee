package com.massagetrainer.psychometrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rasch item difficulties by conditional maximum likelihood (CML), the method of R's eRm package.
 *
 * <p>Why CML: it conditions each person's ability away through their raw score, so it needs no assumption about the
 * population and is consistent when students see different subsets of the bank (each person's likelihood uses the
 * elementary symmetric functions of the items that person answered). Persons with none or all right carry no
 * information and are left out.
 *
 * <p>Cold start: with a prior (author difficulty mapped to logits, standard deviation {@code priorSd}) the estimate
 * is the penalised CML (posterior mode), so an item with few responses stays near its prior and moves toward the
 * data as responses grow. Without priors the difficulties are centred on mean 0, as eRm's sum-zero normalisation.
 *
 * <p>Solved by Newton steps on each item in turn with the diagonal of the information (damped to one logit per step);
 * the standard error is 1 / sqrt(information + prior precision).
 */
public final class RaschCalibration {

    private static final int MAX_ITERATIONS = 500;
    private static final double TOLERANCE = 1e-7;
    private static final double PERSON_BOUND = 6;

    private final int itemCount;
    private final double[] priorMeans;
    private final double priorPrecision;

    private RaschCalibration(int itemCount, double[] priorMeans, double priorSd) {
        this.itemCount = itemCount;
        this.priorMeans = priorMeans;
        this.priorPrecision = priorMeans == null ? 0 : 1 / (priorSd * priorSd);
    }

    /** Plain CML, centred on mean 0 (comparable with eRm after centring). */
    public static RaschCalibration conditional(int itemCount) {
        return new RaschCalibration(itemCount, null, Double.NaN);
    }

    /** Penalised CML: a normal prior per item with the given means (logits) and one standard deviation. */
    public static RaschCalibration withPriors(double[] priorMeans, double priorSd) {
        if (!(priorSd > 0)) {
            throw new IllegalArgumentException("prior standard deviation must be positive");
        }
        return new RaschCalibration(priorMeans.length, priorMeans.clone(), priorSd);
    }

    public List<ItemEstimate> estimate(List<ResponseRecord> persons) {
        List<ResponseRecord> informative = persons.stream()
                .filter(p -> p.rawScore() > 0 && p.rawScore() < p.items().length).toList();
        int[] rightCount = new int[itemCount];
        int[] responseCount = new int[itemCount];
        for (ResponseRecord p : persons) {
            for (int k = 0; k < p.items().length; k++) {
                responseCount[p.items()[k]]++;
            }
        }
        for (ResponseRecord p : informative) {
            for (int k = 0; k < p.items().length; k++) {
                if (p.correct()[k]) {
                    rightCount[p.items()[k]]++;
                }
            }
        }
        int[] informativeCount = new int[itemCount];
        for (ResponseRecord p : informative) {
            for (int item : p.items()) {
                informativeCount[item]++;
            }
        }

        double[] b = priorMeans == null ? new double[itemCount] : priorMeans.clone();
        boolean[] estimable = new boolean[itemCount];
        for (int i = 0; i < itemCount; i++) {
            // Without a prior, an item nobody informative got right (or wrong) has no finite estimate.
            estimable[i] = priorMeans != null
                    || (informativeCount[i] > 0 && rightCount[i] > 0 && rightCount[i] < informativeCount[i]);
        }
        double[] expected = new double[itemCount];
        double[] information = new double[itemCount];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            conditionalMoments(informative, b, expected, information);
            double largestStep = 0;
            for (int i = 0; i < itemCount; i++) {
                if (!estimable[i]) {
                    continue;
                }
                double gradient = expected[i] - rightCount[i];
                double curvature = information[i];
                if (priorMeans != null) {
                    gradient -= (b[i] - priorMeans[i]) * priorPrecision;
                    curvature += priorPrecision;
                }
                if (curvature <= 0) {
                    continue;
                }
                double step = Math.max(-1, Math.min(1, gradient / curvature));
                b[i] += step;
                largestStep = Math.max(largestStep, Math.abs(step));
            }
            if (priorMeans == null) {
                centre(b, estimable);
            }
            if (largestStep < TOLERANCE) {
                break;
            }
        }
        conditionalMoments(informative, b, expected, information);
        double[][] fit = fit(informative, b);
        List<ItemEstimate> estimates = new ArrayList<>(itemCount);
        for (int i = 0; i < itemCount; i++) {
            double precision = information[i] + priorPrecision;
            if (!estimable[i]) {
                estimates.add(new ItemEstimate(Double.NaN, Double.NaN, responseCount[i], Double.NaN, Double.NaN));
            } else {
                estimates.add(new ItemEstimate(b[i], precision > 0 ? 1 / Math.sqrt(precision) : Double.NaN,
                        responseCount[i], fit[0][i], fit[1][i]));
            }
        }
        return estimates;
    }

    private static void centre(double[] b, boolean[] estimable) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < b.length; i++) {
            if (estimable[i]) {
                sum += b[i];
                n++;
            }
        }
        if (n == 0) {
            return;
        }
        double mean = sum / n;
        for (int i = 0; i < b.length; i++) {
            if (estimable[i]) {
                b[i] -= mean;
            }
        }
    }

    /**
     * For every item: the sum over persons of the conditional probability of a right answer given their raw score,
     * and the sum of its variance (the diagonal of the conditional information).
     */
    private static void conditionalMoments(List<ResponseRecord> persons, double[] b, double[] expected,
                                           double[] information) {
        Arrays.fill(expected, 0);
        Arrays.fill(information, 0);
        for (ResponseRecord person : persons) {
            int[] items = person.items();
            int n = items.length;
            int r = person.rawScore();
            // Scaling every epsilon by one constant leaves the conditional probabilities unchanged and keeps the
            // symmetric functions inside double range for long tests.
            double shift = 0;
            for (int item : items) {
                shift += b[item];
            }
            shift /= n;
            double[] eps = new double[n];
            for (int k = 0; k < n; k++) {
                eps[k] = Math.exp(shift - b[items[k]]);
            }
            // prefix[k] = symmetric functions of items 0..k-1; suffix[k] = of items k..n-1 (orders up to r only).
            double[][] prefix = new double[n + 1][];
            prefix[0] = unit(r);
            for (int k = 0; k < n; k++) {
                prefix[k + 1] = addItem(prefix[k], eps[k]);
            }
            double[][] suffix = new double[n + 1][];
            suffix[n] = unit(r);
            for (int k = n - 1; k >= 0; k--) {
                suffix[k] = addItem(suffix[k + 1], eps[k]);
            }
            double gammaR = prefix[n][r];
            for (int k = 0; k < n; k++) {
                double without = 0; // gamma_{r-1} of the other items
                for (int a = 0; a <= r - 1; a++) {
                    without += prefix[k][a] * suffix[k + 1][r - 1 - a];
                }
                double p = eps[k] * without / gammaR;
                expected[items[k]] += p;
                information[items[k]] += p * (1 - p);
            }
        }
    }

    private static double[] unit(int maxOrder) {
        double[] gamma = new double[maxOrder + 1];
        gamma[0] = 1;
        return gamma;
    }

    private static double[] addItem(double[] gamma, double eps) {
        double[] next = gamma.clone();
        for (int order = 1; order < gamma.length; order++) {
            next[order] += eps * gamma[order - 1];
        }
        return next;
    }

    /**
     * Infit and outfit mean-squares per item, from each person's maximum-likelihood ability (persons with an
     * extreme score are left out, as in the usual Rasch fit analysis).
     */
    private double[][] fit(List<ResponseRecord> persons, double[] b) {
        double[] squaredResiduals = new double[itemCount];
        double[] variances = new double[itemCount];
        double[] standardisedSquares = new double[itemCount];
        int[] counts = new int[itemCount];
        for (ResponseRecord person : persons) {
            double theta = personAbility(person, b);
            for (int k = 0; k < person.items().length; k++) {
                int item = person.items()[k];
                double p = Rasch.probability(theta, b[item]);
                double residual = (person.correct()[k] ? 1 : 0) - p;
                double variance = p * (1 - p);
                squaredResiduals[item] += residual * residual;
                variances[item] += variance;
                standardisedSquares[item] += residual * residual / variance;
                counts[item]++;
            }
        }
        double[] infit = new double[itemCount];
        double[] outfit = new double[itemCount];
        for (int i = 0; i < itemCount; i++) {
            infit[i] = counts[i] == 0 ? Double.NaN : squaredResiduals[i] / variances[i];
            outfit[i] = counts[i] == 0 ? Double.NaN : standardisedSquares[i] / counts[i];
        }
        return new double[][] {infit, outfit};
    }

    /** Maximum-likelihood ability of a person with a non-extreme score, by Newton steps. */
    static double personAbility(ResponseRecord person, double[] b) {
        double theta = 0;
        int r = person.rawScore();
        for (int iteration = 0; iteration < 100; iteration++) {
            double expected = 0;
            double information = 0;
            for (int item : person.items()) {
                double p = Rasch.probability(theta, b[item]);
                expected += p;
                information += p * (1 - p);
            }
            double step = Math.max(-1, Math.min(1, (r - expected) / information));
            theta = Math.max(-PERSON_BOUND, Math.min(PERSON_BOUND, theta + step));
            if (Math.abs(step) < 1e-8) {
                break;
            }
        }
        return theta;
    }
}
