package com.massagetrainer.quiz;

/** One-click quizzes offered on the home view. */
public enum Preset {
    WEAKEST_TOPIC("10 questions on my weakest topic"),
    MIXED("25 mixed questions"),
    MOCK_EXAM("Full mock exam: 100 questions, 110 minutes");

    private final String label;

    Preset(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
