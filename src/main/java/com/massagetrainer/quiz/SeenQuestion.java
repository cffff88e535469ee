package com.massagetrainer.quiz;

/** The exact question version a student saw at a position of their attempt, after its key was shown to them. */
public record SeenQuestion(long attemptId, String questionId, long questionVersionId) {
}
