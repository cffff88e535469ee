package com.massagetrainer.quiz.ui;

import com.vaadin.flow.component.Component;

/**
 * Lets a student star (bookmark) a question whose answer they have seen. Declared here and implemented by the
 * bookmark feature, which depends on quizzes: the two must not form a cycle.
 */
public interface QuestionStarring {

    /** A small self-contained star toggle for this question, with this component id. */
    Component starControl(String questionId, String id);
}
