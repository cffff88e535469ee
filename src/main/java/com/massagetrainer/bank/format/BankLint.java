package com.massagetrainer.bank.format;

import com.massagetrainer.bank.QuestionContent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the item rules over every question and the bank-wide measures over the bank. The result is what the bank
 * report prints and what QuestionBankTest gates on.
 */
public final class BankLint {

    /** Findings per question id (questions without findings are absent) and every bank-wide measurement. */
    public record Result(Map<String, List<ItemFinding>> findings, List<Measurement> measurements) {

        public Result {
            findings = Map.copyOf(findings);
            measurements = List.copyOf(measurements);
        }

        /** Enforced measures past their goal: what fails the build. */
        public List<Measurement> failures() {
            return measurements.stream().filter(m -> m.enforced() && !m.met()).toList();
        }

        public String render() {
            StringBuilder out = new StringBuilder("Item-writing measures (issue #14; goals and enforcement in BankGoals):")
                    .append(System.lineSeparator());
            measurements.forEach(m -> out.append("  ").append(m.render()).append(System.lineSeparator()));
            return out.toString();
        }
    }

    private BankLint() {
    }

    public static Result run(List<QuestionContent> questions, ItemLint lint) {
        Map<String, List<ItemFinding>> findings = new LinkedHashMap<>();
        for (QuestionContent q : questions) {
            List<ItemFinding> found = lint.check(q);
            if (!found.isEmpty()) {
                findings.put(q.id(), found);
            }
        }
        return measure(questions, findings, lint.checksCopies());
    }

    /** The bank-wide measures from findings the item rules already produced (the validator's run). */
    public static Result measure(List<QuestionContent> questions, Map<String, List<ItemFinding>> findings,
                                 boolean copiesChecked) {
        BankMeasure.Linted linted = new BankMeasure.Linted(questions, findings, copiesChecked);
        List<Measurement> measurements = new ArrayList<>();
        for (BankMeasure measure : BankMeasures.all()) {
            measurements.addAll(measure.measure(linted));
        }
        return new Result(findings, measurements);
    }
}
