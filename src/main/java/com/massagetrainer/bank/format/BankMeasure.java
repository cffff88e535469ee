package com.massagetrainer.bank.format;

import com.massagetrainer.bank.QuestionContent;

import java.util.List;
import java.util.Map;

/**
 * A bank-wide figure with a goal, computed over all questions at once (a single item cannot break it; the bank
 * as a whole can). Implementations are in {@link BankMeasures}; the goals are in {@link BankGoals}.
 */
public interface BankMeasure {

    /** The questions and what the item rules found in each (question id → findings). */
    record Linted(List<QuestionContent> questions, Map<String, List<ItemFinding>> findings, boolean copiesChecked) {
    }

    List<Measurement> measure(Linted bank);
}
