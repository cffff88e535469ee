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
 * Its spread is the belief's standard deviation, which readiness uses.
 *
 * <p>That prior is right for readiness (a topic never practised still counts on the exam), but it is not something
 * to show as the topic's mastery: with no answers at all every topic would read 50%, and after 18 answers at 70%
 * overall every topic never touched would read about 70%, above the target. So a topic shows a figure (a bar, a
 * percentage, a place among the weakest) only from {@value #MIN_ANSWERS} answers on, and "not started" or
 * "too few answers (n)" before that: see {@link #shownMastery()} and {@link #masteryText()}.
 */
public record TopicMastery(String topicId, String topicName, int weight, long answers, double weightedAnswers,
                           double weightedPoints, double priorMean, double priorVariance) {

    /**
     * Fewest answers for a topic to show a mastery figure, everywhere (student dashboard, weakest topics, class
     * matrix). The topic's own answers carry n / (n + {@value #PRIOR_STRENGTH}) of its estimate (less for old
     * answers); 5 is the first count at which they outweigh the student's overall level, so from there the figure
     * is mostly about the topic itself. Fewer would show the prior dressed up as knowledge of the topic.
     */
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

    /** The mastery to show (0 to 1), or nothing while the topic has too few answers for a figure. */
    public java.util.Optional<Double> shownMastery() {
        return enoughData() ? java.util.Optional.of(mastery()) : java.util.Optional.empty();
    }

    /** "72%", or "not started" with no answers, or "too few answers (3)" under {@value #MIN_ANSWERS}. */
    public String masteryText() {
        if (answers == 0) {
            return "not started";
        }
        return enoughData() ? Math.round(100 * mastery()) + "%" : "too few answers (" + answers + ")";
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
