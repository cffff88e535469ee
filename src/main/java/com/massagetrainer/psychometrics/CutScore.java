package com.massagetrainer.psychometrics;

import java.util.List;

/**
 * The cut score on the ability scale: the ability at which the expected percent score on the blueprint form (the test
 * characteristic curve) equals the pass mark. The blueprint form draws each topic's share of items from that topic,
 * so the expected score is the blueprint-weighted mean, over topics, of the topic's mean probability of a right
 * answer.
 */
public final class CutScore {

    private CutScore() {
    }

    /** A topic's blueprint weight and the difficulties of its items. */
    public record TopicItems(double weight, double[] difficulties) {
    }

    public static double expectedPercent(List<TopicItems> blueprint, double theta) {
        double weights = 0;
        double score = 0;
        for (TopicItems topic : blueprint) {
            if (topic.difficulties().length == 0) {
                continue;
            }
            double sum = 0;
            for (double b : topic.difficulties()) {
                sum += Rasch.probability(theta, b);
            }
            score += topic.weight() * sum / topic.difficulties().length;
            weights += topic.weight();
        }
        return 100 * score / weights;
    }

    /** Solved by bisection on [-8, 8]; the curve rises strictly with ability. */
    public static double abilityFor(List<TopicItems> blueprint, double passMarkPercent) {
        double low = -8;
        double high = 8;
        for (int i = 0; i < 100; i++) {
            double mid = (low + high) / 2;
            if (expectedPercent(blueprint, mid) < passMarkPercent) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }
}
