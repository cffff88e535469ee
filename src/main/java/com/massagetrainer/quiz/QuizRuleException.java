package com.massagetrainer.quiz;

/** A user-facing rule of quizzes was broken; the message is written for the student. */
public class QuizRuleException extends RuntimeException {

    public QuizRuleException(String message) {
        super(message);
    }
}
