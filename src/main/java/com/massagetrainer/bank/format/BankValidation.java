package com.massagetrainer.bank.format;

import com.massagetrainer.bank.QuestionBank;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What validating the bank folder found: the bank, when it has no errors, and every problem by file:line. The
 * item-writing warnings ({@code lint}, by file:line) and the bank-wide measures ({@code lintResult}, when the bank
 * is valid) are kept apart from the format problems: they judge how well a question is written, not whether it
 * can be loaded.
 */
public record BankValidation(Optional<QuestionBank> bank, List<BankProblem> problems, List<BankProblem> lint,
                             Optional<BankLint.Result> lintResult) {

    public BankValidation {
        problems = List.copyOf(problems);
        lint = List.copyOf(lint);
    }

    public BankValidation(Optional<QuestionBank> bank, List<BankProblem> problems) {
        this(bank, problems, List.of(), Optional.empty());
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

    /** The item-writing warnings, one per line. */
    public String lintReport() {
        return lint.stream().map(BankProblem::toString).collect(Collectors.joining("\n"));
    }
}
