package com.massagetrainer.bank;

import java.util.List;

/**
 * A client case as authored: one scenario that 3 or 4 linked questions share. The questions themselves are ordinary
 * {@link QuestionContent}s of the bank (each in one topic, counted toward it); {@code questionIds} is their case
 * order. A case is drawn, shown and later adapted as a unit.
 */
public record CaseSet(String id, String title, String scenario, List<String> questionIds) {

    public static final int MIN_QUESTIONS = 3;
    public static final int MAX_QUESTIONS = 4;

    public CaseSet {
        questionIds = List.copyOf(questionIds);
    }
}
