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

    /** Questions in order: once a later question is answered, earlier ones cannot change. */
    public boolean isLinear() {
        return this == CERTIFICATION;
    }
}
