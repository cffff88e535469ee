package com.massagetrainer.report;

/** Why a student reports a question. */
public enum ReportReason {
    WRONG_KEY("The key is wrong"), UNCLEAR("The question is unclear"), TYPO("Typo or wording"), OTHER("Something else");

    private final String label;

    ReportReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
