package com.massagetrainer.quiz.ui;

import com.vaadin.flow.component.Component;

/**
 * Lets a student report a problem with a question they have seen answered. Declared here and implemented by the
 * reporting feature, because that feature already depends on quizzes and the two must not form a cycle.
 */
public interface QuestionReporting {

    /** A control (button and dialog) that reports the question at this position of the caller's attempt. */
    Component reportControl(long attemptId, int position);
}
