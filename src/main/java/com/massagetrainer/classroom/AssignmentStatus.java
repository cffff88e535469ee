package com.massagetrainer.classroom;

/** Where a student stands with an assignment. */
public enum AssignmentStatus {
    NOT_OPEN("Not open yet"), NOT_STARTED("Not started"), IN_PROGRESS("In progress"), SUBMITTED("Submitted"),
    OVERDUE("Overdue");

    private final String label;

    AssignmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
