package com.massagetrainer.classroom;

import java.time.Instant;

/** An assignment as a student sees it on their home. */
public record AssignedQuiz(long assignmentId, String className, String title, Instant opensAt, Instant dueAt,
                           AssignmentStatus status, int attemptsUsed, int attemptsAllowed, Long openAttemptId) {

    public boolean canStart() {
        return status != AssignmentStatus.NOT_OPEN && status != AssignmentStatus.OVERDUE
                && (openAttemptId != null || attemptsUsed < attemptsAllowed)
                && !(status == AssignmentStatus.SUBMITTED && attemptsUsed >= attemptsAllowed);
    }
}
