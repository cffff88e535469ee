package com.massagetrainer.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * How well a student knows a topic, from their answers to its questions.
 *
 * <p>Each answer weighs 0.5^(age in days / 14): an answer from two weeks ago counts half as much as today's, so
 * mastery follows what the student knows now. With weighted points {@code a} (partial credit counts) out of
 * weighted answers {@code n} in the topic, mastery is the mean of a Beta belief about the chance of answering the
 * topic's next question right: (k·m + a) / (k + n), where m is the student's weighted accuracy over all topics and
 * k = {@value #PRIOR_STRENGTH}: a topic with few answers starts from the student's overall level, not from 50%.
 * Its spread is the belief's standard deviation, which readiness uses. Under {@value #MIN_ANSWERS} answers the
 * topic shows "not enough data".
 */
public record TopicMastery(String topicId, String topicName, int weight, long answers, double weightedAnswers,
                           double weightedPoints, double priorMean, double priorVariance) {

    public static final int MIN_ANSWERS = 5;
    public static final double HALF_LIFE_DAYS = 14;
    public static final double PRIOR_STRENGTH = 4;

    /** One day's answers in a topic, as the database sums them. */
    public record Day(LocalDate date, long answers, double points) {
    }

    /** A topic's identity and its answers by day. */
    public record Input(String topicId, String topicName, int weight, List<Day> days) {
    }

    /** Mastery of every topic, each drawing on the student's overall level where its own answers are few. */
    public static List<TopicMastery> of(List<Input> topics, LocalDate today) {
        double allAnswers = 0;
        double allPoints = 0;
        for (Input t : topics) {
            for (Day d : t.days()) {
                double w = weight(d, today);
                allAnswers += w * d.answers();
                allPoints += w * d.points();
            }
        }
        double priorA = 1 + allPoints;
        double priorB = 1 + allAnswers - allPoints;
        double priorMean = priorA / (priorA + priorB);
        double priorVariance = priorA * priorB / ((priorA + priorB) * (priorA + priorB) * (priorA + priorB + 1));
        List<TopicMastery> result = new ArrayList<>();
        for (Input t : topics) {
            double n = 0;
            double a = 0;
            long count = 0;
            for (Day d : t.days()) {
                double w = weight(d, today);
                n += w * d.answers();
                a += w * d.points();
                count += d.answers();
            }
            result.add(new TopicMastery(t.topicId(), t.topicName(), t.weight(), count, n, a, priorMean, priorVariance));
        }
        return result;
    }

    private static double weight(Day day, LocalDate today) {
        long age = Math.max(0, ChronoUnit.DAYS.between(day.date(), today));
        return Math.pow(0.5, age / HALF_LIFE_DAYS);
    }

    public boolean enoughData() {
        return answers >= MIN_ANSWERS;
    }

    double alpha() {
        return PRIOR_STRENGTH * priorMean + weightedPoints;
    }

    double beta() {
        return PRIOR_STRENGTH * (1 - priorMean) + weightedAnswers - weightedPoints;
    }

    /** Estimated chance of answering this topic's next question right (0 to 1). */
    public double mastery() {
        return alpha() / (alpha() + beta());
    }

    /** Standard deviation of that estimate, given the overall level. */
    public double spread() {
        double s = alpha() + beta();
        return Math.sqrt(alpha() * beta() / (s * s * (s + 1)));
    }

    /** How much of this topic's estimate comes from the overall level (1 with no answers, towards 0 with many). */
    double shareFromOverall() {
        return PRIOR_STRENGTH / (PRIOR_STRENGTH + weightedAnswers);
    }
}
