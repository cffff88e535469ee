package com.massagetrainer.classroom;

import java.time.Instant;

/** An assignment as a student sees it on their home. */
public record AssignedQuiz(long assignmentId, String className, String title, Instant opensAt, Instant dueAt,
                           AssignmentStatus status, int attemptsUsed, int attemptsAllowed, Long openAttemptId,
                           boolean windowOpen) {

    /** The same rule AssignmentService.start applies: resume an open attempt, or start one in the window. */
    public boolean canStart() {
        return openAttemptId != null || (windowOpen && attemptsUsed < attemptsAllowed);
    }
}
