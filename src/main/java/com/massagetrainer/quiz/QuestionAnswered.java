package com.massagetrainer.quiz;

import java.time.Instant;

/**
 * Published when an answer counts for learning: a practice answer when it is given, exam answers when the exam is
 * graded. Other features (spaced repetition) listen; the quiz does not know them. {@code reviewHidden}: given in an
 * attempt whose keys the student does not see (a certification, an assignment with the review hidden); nothing
 * shown to the student may depend on it until they meet the question again where answers are shown.
 */
public record QuestionAnswered(long userId, String questionId, double score, Instant answeredAt,
                               boolean reviewHidden) {
}
