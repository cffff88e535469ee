package com.massagetrainer.quiz;

import java.time.Instant;

/** Published when an attempt is graded (submitted, or closed at its deadline); certification listens. */
public record AttemptGraded(long attemptId, long userId, QuizMode mode, double score, boolean passed,
                            Instant finishedAt) {
}
