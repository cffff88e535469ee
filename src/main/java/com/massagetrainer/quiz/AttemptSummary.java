package com.massagetrainer.quiz;

import java.time.Instant;

/** An attempt as lists show it (history, "continue your quiz"). */
public record AttemptSummary(long id, String title, QuizMode mode, AttemptStatus status, Instant startedAt,
                             Instant deadline, Instant finishedAt, int questionCount, Double score, Boolean passed) {

    static AttemptSummary of(Attempt a) {
        return new AttemptSummary(a.getId(), a.getTitle(), a.getMode(), a.getStatus(), a.getStartedAt(),
                a.getDeadline(), a.getFinishedAt(), a.getQuestionCount(), a.getScore(), a.getPassed());
    }
}
