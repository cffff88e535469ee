package com.massagetrainer.quiz;

/** Practice shows feedback after each answer; an exam is timed and shows nothing until it is submitted. */
public enum QuizMode {
    PRACTICE("Practice"), EXAM("Exam");

    private final String label;

    QuizMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
