package com.massagetrainer.quiz;

/** The student asked for more questions than the chosen topics and difficulties hold. */
public class PoolTooSmallException extends QuizRuleException {

    private final int available;

    public PoolTooSmallException(int requested, int available) {
        super(available == 0
                ? "No questions match these topics and difficulties. Choose more topics or difficulties."
                : "Only " + available + " questions match these topics and difficulties (you asked for " + requested
                + "). Choose " + available + " or fewer, or add topics.");
        this.available = available;
    }

    public int available() {
        return available;
    }
}
