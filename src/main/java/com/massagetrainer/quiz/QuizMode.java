package com.massagetrainer.quiz;

/**
 * Practice shows feedback after each answer; an exam is timed and shows nothing until it is submitted; a
 * certification exam is an exam taken in licensing style: questions in order, no going back, no flags.
 */
public enum QuizMode {
    PRACTICE("Practice"), EXAM("Exam"), CERTIFICATION("Certification exam");

    private final String label;

    QuizMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Timed, with a deadline, and nothing about right or wrong until the end. */
    public boolean isTimed() {
        return this != PRACTICE;
    }

    /**
     * Licensing style: attempts in this mode are sequential (see {@link Attempt#isSequential()}): one question at a
     * time, no skipping, no going back, no flags.
     */
    public boolean isSequential() {
        return this == CERTIFICATION;
    }

    /** Never shows its keys or which answers were wrong, not even after it is finished. */
    public boolean hidesReview() {
        return this == CERTIFICATION;
    }
}
