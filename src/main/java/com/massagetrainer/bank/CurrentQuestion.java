package com.massagetrainer.bank;

/** The version of a question that is drawn today, with what a draw filters on. */
public record CurrentQuestion(String questionId, long versionId, String topicId, int difficulty, QuestionType type) {
}
