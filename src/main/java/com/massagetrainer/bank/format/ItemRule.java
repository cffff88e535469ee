package com.massagetrainer.bank.format;

import com.massagetrainer.bank.QuestionContent;

import java.util.List;

/**
 * One item-writing rule: looks at one question and names what a test-wise student could exploit. Pure and
 * deterministic, so the file validator, the bank report and an authoring form all call the same code.
 */
public interface ItemRule {

    /** Short code the findings carry, e.g. {@code long-key}. */
    String code();

    List<ItemFinding> check(QuestionContent question);
}
