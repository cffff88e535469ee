package com.massagetrainer.quiz;

import java.time.Instant;

/**
 * Published when an answer counts for learning: a practice answer when it is given, exam answers when the exam is
 * graded. Other features (spaced repetition) listen; the quiz does not know them.
 */
public record QuestionAnswered(long userId, String questionId, double score, Instant answeredAt) {
}
