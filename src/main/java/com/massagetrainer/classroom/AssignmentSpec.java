package com.massagetrainer.classroom;

import com.massagetrainer.quiz.QuizMode;

import java.time.Instant;
import java.util.List;

/** What an instructor assigns: the quiz (topics, size, mode, time), the window, attempts, and whether keys show. */
public record AssignmentSpec(String title, List<String> topics, int questionCount, QuizMode mode,
                             Integer timeLimitMinutes, Instant opensAt, Instant dueAt, int attemptsAllowed,
                             boolean showReview) {

    public AssignmentSpec {
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}
