package com.massagetrainer.classroom;

import java.time.Duration;

/** One student's results for an assignment. Scores are percentages; null when nothing was submitted. */
public record ResultRow(long studentId, String studentName, AssignmentStatus status, int attempts, Double bestScore,
                        Double lastScore, Duration lastTimeUsed, Long lastAttemptId) {
}
