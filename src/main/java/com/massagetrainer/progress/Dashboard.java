package com.massagetrainer.progress;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Everything the progress dashboard shows for one student. */
public record Dashboard(List<TopicMastery> topics, long answered, double accuracy, int quizzes, Duration timeSpent,
                        List<AttemptPoint> trend, List<DayCount> activity, int streakDays, Optional<Double> readiness,
                        int passMark) {

    /** Readiness is shown from this many answers on; before that it would mostly echo the prior. */
    public static final int READINESS_MIN_ANSWERS = 30;

    /** One finished quiz on the score trend. */
    public record AttemptPoint(long attemptId, Instant finishedAt, String title, double score) {
    }

    /** Answers given on one day. */
    public record DayCount(LocalDate day, long answers) {
    }

    /** The three topics with the lowest mastery among those with enough data, lowest first. */
    public List<TopicMastery> weakest() {
        return topics.stream().filter(TopicMastery::enoughData).sorted(Comparator.comparingDouble(TopicMastery::mastery))
                .limit(3).toList();
    }
}
