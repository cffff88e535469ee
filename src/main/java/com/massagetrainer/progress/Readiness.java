package com.massagetrainer.progress;

import java.util.List;

/**
 * The predicted probability of passing the full mock exam: questions per topic follow the blueprint, each topic's
 * chance of a right answer is uncertain (its {@link TopicMastery} Beta belief), and the pass mark is a share of the
 * questions. The exam score is a sum of binomials whose probabilities are themselves uncertain; its mean and
 * variance are exact (law of total variance) and the pass probability uses a normal approximation with continuity
 * correction. Plain Java; validated by simulation in ReadinessCalibrationTest (see docs/PROGRESS.md).
 */
public final class Readiness {

    private Readiness() {
    }

    /**
     * @param topics   every topic, with its blueprint weight (questions per 100) and mastery
     * @param questions questions on the exam (100 for the mock exam)
     * @param passMark  percent needed to pass
     */
    public static double passProbability(List<TopicMastery> topics, int questions, int passMark) {
        int totalWeight = topics.stream().mapToInt(TopicMastery::weight).sum();
        double mean = 0;
        double variance = 0;
        double shared = 0;
        double sharedSquares = 0;
        double overallVariance = topics.isEmpty() ? 0 : topics.get(0).priorVariance();
        for (TopicMastery t : topics) {
            double n = (double) questions * t.weight() / totalWeight;
            double p = t.mastery();
            double varP = t.spread() * t.spread();
            mean += n * p;
            // Var(Binomial(n, P)) with P uncertain = n E[P](1 - E[P]) + n (n - 1) Var(P)
            variance += n * p * (1 - p) + n * (n - 1) * varP;
            double c = n * t.shareFromOverall();
            shared += c;
            sharedSquares += c * c;
        }
        // Topics lean on the same overall level, so their errors move together: add their covariances.
        variance += overallVariance * (shared * shared - sharedSquares);
        double needed = Math.ceil(questions * passMark / 100.0) - 0.5;
        if (variance <= 0) {
            return mean >= needed ? 1 : 0;
        }
        return 1 - normalCdf((needed - mean) / Math.sqrt(variance));
    }

    /** Standard normal CDF (Abramowitz and Stegun 7.1.26 via erf; error below 1.5e-7). */
    static double normalCdf(double z) {
        double x = Math.abs(z) / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * x);
        double erf = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t
                + 0.254829592) * t * Math.exp(-x * x);
        return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
    }
}
