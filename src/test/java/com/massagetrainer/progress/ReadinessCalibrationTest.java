package com.massagetrainer.progress;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Validates readiness by simulation: learners with known per-topic ability answer practice questions, readiness
 * predicts their chance of passing, then each sits a simulated 100-question mock exam (blueprint weights, pass mark
 * 70%). Prints the Brier score and a calibration table (recorded in docs/PROGRESS.md).
 */
class ReadinessCalibrationTest {

    static final int[] WEIGHTS = {8, 8, 7, 9, 10, 10, 7, 7, 10, 10, 8, 6};
    static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    record Outcome(double predicted, boolean passed) {
    }

    static List<Outcome> simulate(int learners, long seed) {
        Random random = new Random(seed);
        List<Outcome> outcomes = new ArrayList<>();
        for (int l = 0; l < learners; l++) {
            double overall = 0.45 + 0.5 * random.nextDouble();
            List<TopicMastery.Input> topics = new ArrayList<>();
            double[] ability = new double[WEIGHTS.length];
            for (int t = 0; t < WEIGHTS.length; t++) {
                ability[t] = Math.min(0.99, Math.max(0.05, overall + 0.12 * random.nextGaussian()));
                int answered = random.nextInt(31);
                long right = 0;
                for (int k = 0; k < answered; k++) {
                    right += random.nextDouble() < ability[t] ? 1 : 0;
                }
                List<TopicMastery.Day> days = answered == 0 ? List.of()
                        : List.of(new TopicMastery.Day(TODAY, answered, right));
                topics.add(new TopicMastery.Input("t" + t, "Topic " + t, WEIGHTS[t], days));
            }
            double predicted = Readiness.passProbability(TopicMastery.of(topics, TODAY), 100, 70);
            int score = 0;
            for (int t = 0; t < WEIGHTS.length; t++) {
                for (int q = 0; q < WEIGHTS[t]; q++) {
                    score += random.nextDouble() < ability[t] ? 1 : 0;
                }
            }
            outcomes.add(new Outcome(predicted, score >= 70));
        }
        return outcomes;
    }

    static double brier(List<Outcome> outcomes) {
        return outcomes.stream().mapToDouble(o -> Math.pow(o.predicted() - (o.passed() ? 1 : 0), 2)).average().orElse(0);
    }

    /** Rows: bin from-to, learners, mean predicted, observed pass rate. */
    static List<double[]> calibration(List<Outcome> outcomes) {
        List<double[]> rows = new ArrayList<>();
        for (int b = 0; b < 10; b++) {
            double lo = b / 10.0;
            double hi = (b + 1) / 10.0;
            List<Outcome> in = outcomes.stream().filter(o -> o.predicted() >= lo && (o.predicted() < hi || hi == 1.0))
                    .toList();
            double predicted = in.stream().mapToDouble(Outcome::predicted).average().orElse(Double.NaN);
            double observed = in.stream().mapToDouble(o -> o.passed() ? 1 : 0).average().orElse(Double.NaN);
            rows.add(new double[]{lo, hi, in.size(), predicted, observed});
        }
        return rows;
    }

    @Test
    void readinessIsCalibratedOnSimulatedLearners() {
        List<Outcome> outcomes = simulate(20_000, 20261121L);
        double brier = brier(outcomes);
        double baseRate = outcomes.stream().mapToDouble(o -> o.passed() ? 1 : 0).average().orElse(0);
        StringBuilder table = new StringBuilder("\n=== Readiness calibration (20,000 simulated learners) ===\n");
        table.append(String.format("Brier score %.4f (always predicting the base rate %.3f would score %.4f)%n",
                brier, baseRate, baseRate * (1 - baseRate)));
        table.append("| predicted | learners | mean predicted | observed pass rate |\n|---|---|---|---|\n");
        for (double[] row : calibration(outcomes)) {
            table.append(String.format("| %.1f–%.1f | %d | %s | %s |%n", row[0], row[1], (int) row[2],
                    Double.isNaN(row[3]) ? "–" : String.format("%.3f", row[3]),
                    Double.isNaN(row[4]) ? "–" : String.format("%.3f", row[4])));
        }
        System.out.println(table);
        assertThat(brier).isLessThan(0.10).isLessThan(baseRate * (1 - baseRate) / 2);
        for (double[] row : calibration(outcomes)) {
            if (row[2] >= 200) {
                assertThat(Math.abs(row[3] - row[4])).as("bin %.1f–%.1f", row[0], row[1]).isLessThan(0.05);
            }
        }
    }

    @Test
    void strongerTopicsMeanHigherReadiness() {
        List<TopicMastery.Input> strong = new ArrayList<>();
        List<TopicMastery.Input> weak = new ArrayList<>();
        List<TopicMastery.Input> mixed = new ArrayList<>();
        for (int t = 0; t < WEIGHTS.length; t++) {
            strong.add(new TopicMastery.Input("t" + t, "T", WEIGHTS[t], List.of(new TopicMastery.Day(TODAY, 20, 19))));
            weak.add(new TopicMastery.Input("t" + t, "T", WEIGHTS[t], List.of(new TopicMastery.Day(TODAY, 20, 10))));
            mixed.add(new TopicMastery.Input("t" + t, "T", WEIGHTS[t], List.of(new TopicMastery.Day(TODAY, 20,
                    t % 2 == 0 ? 19 : 10))));
        }
        double pStrong = Readiness.passProbability(TopicMastery.of(strong, TODAY), 100, 70);
        double pWeak = Readiness.passProbability(TopicMastery.of(weak, TODAY), 100, 70);
        double pMixed = Readiness.passProbability(TopicMastery.of(mixed, TODAY), 100, 70);
        assertThat(pStrong).isGreaterThan(0.95);
        assertThat(pWeak).isLessThan(0.05);
        assertThat(pMixed).isBetween(pWeak, pStrong);
    }
}
