package com.massagetrainer.account;

/** What a user may do. New accounts are students; instructors are made by an admin or an invitation code. */
public enum Role {
    STUDENT("Student"), INSTRUCTOR("Instructor"), ADMIN("Admin");

    /** Role names as used in {@code @RolesAllowed} and {@code hasRole()}. */
    public static final String STUDENT_NAME = "STUDENT";
    public static final String INSTRUCTOR_NAME = "INSTRUCTOR";
    public static final String ADMIN_NAME = "ADMIN";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
