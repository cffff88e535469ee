package com.massagetrainer.bank.format;

import com.massagetrainer.bank.QuestionBank;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** What validating the bank folder found: the bank, when it has no errors, and every problem by file:line. */
public record BankValidation(Optional<QuestionBank> bank, List<BankProblem> problems) {

    public BankValidation {
        problems = List.copyOf(problems);
    }

    public List<BankProblem> errors() {
        return problems.stream().filter(BankProblem::isError).toList();
    }

    public boolean isValid() {
        return bank.isPresent() && errors().isEmpty();
    }

    /** All problems, one per line, as an author reads them. */
    public String report() {
        return problems.stream().map(BankProblem::toString).collect(Collectors.joining("\n"));
    }
}
