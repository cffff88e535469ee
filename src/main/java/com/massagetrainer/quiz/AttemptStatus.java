package com.massagetrainer.quiz;

/** An attempt is open until the student submits it or, for an exam, until its deadline closes it. */
public enum AttemptStatus {
    IN_PROGRESS, SUBMITTED, EXPIRED;

    public boolean isFinished() {
        return this != IN_PROGRESS;
    }
}
