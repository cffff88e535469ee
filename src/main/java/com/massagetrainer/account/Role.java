package com.massagetrainer.account;

/**
 * What a user may do. New accounts are students; instructors are made by an admin or an invitation code. A guest is
 * someone trying 10 practice questions without an account: a temporary row that cannot sign in with a password,
 * reaches no view but its own quiz and results, and becomes a student when the person registers.
 */
public enum Role {
    STUDENT("Student"), INSTRUCTOR("Instructor"), ADMIN("Admin"), GUEST("Guest");

    /** The roles an admin can give; a guest is only ever made by trying the quiz. */
    public static final java.util.List<Role> ASSIGNABLE = java.util.List.of(STUDENT, INSTRUCTOR, ADMIN);

    /** Role names as used in {@code @RolesAllowed} and {@code hasRole()}. */
    public static final String STUDENT_NAME = "STUDENT";
    public static final String INSTRUCTOR_NAME = "INSTRUCTOR";
    public static final String ADMIN_NAME = "ADMIN";
    public static final String GUEST_NAME = "GUEST";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
