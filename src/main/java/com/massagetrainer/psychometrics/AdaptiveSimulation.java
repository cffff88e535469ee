package com.massagetrainer.psychometrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Simulated students sitting the adaptive exam and the fixed blueprint form on the same bank, answering by the Rasch
 * model. Pure and deterministic for a given seed; {@link AdaptiveSimulationCommand} runs it on the real bank.
 *
 * @param trueDifficulties  what students answer by
 * @param usedDifficulties  what the exam believes (equal to the true ones, or an estimate carrying calibration error)
 * @param topics            each item's topic
 * @param weights           blueprint weight per topic (the fixed form gives each topic this many of 100 items)
 */
public record AdaptiveSimulation(double[] trueDifficulties, double[] usedDifficulties, String[] topics,
                                 Map<String, Integer> weights, double passMarkPercent, int randomesque,
                                 double maxExposure) {

    /** Figures for one kind of exam. */
    public record Outcome(String exam, double accuracy, double meanItems, int[] itemPercentiles, double rmse,
                          double maxExposure, double meanExposure, double testsLeavingBand,
                          Map<String, Double> bandDeparturesByTopic) {
    }

    public int formLength() {
        return weights.values().stream().mapToInt(Integer::intValue).sum();
    }

    public double cut() {
        return CutScore.abilityFor(blueprint(usedDifficulties), passMarkPercent);
    }

    /** The ability whose expected score on the blueprint form is the pass mark, by the true difficulties. */
    public double trueCut() {
        return CutScore.abilityFor(blueprint(trueDifficulties), passMarkPercent);
    }

    private List<CutScore.TopicItems> blueprint(double[] difficulties) {
        List<CutScore.TopicItems> blueprint = new ArrayList<>();
        for (Map.Entry<String, Integer> topic : weights.entrySet()) {
            double[] b = new double[topics.length];
            int n = 0;
            for (int i = 0; i < topics.length; i++) {
                if (topics[i].equals(topic.getKey())) {
                    b[n++] = difficulties[i];
                }
            }
            blueprint.add(new CutScore.TopicItems(topic.getValue(), Arrays.copyOf(b, n)));
        }
        return blueprint;
    }

    public Outcome adaptive(int students, StoppingRule rule, long seed) {
        Random random = new Random(seed);
        Map<String, Double> shares = new LinkedHashMap<>();
        weights.forEach((topic, weight) -> shares.put(topic, (double) weight));
        ItemSelector selector = new ItemSelector(shares, randomesque, maxExposure);
        Map<String, Double> exposureRates = new HashMap<>();
        double trueCut = trueCut();
        int[] exposure = new int[topics.length];
        int[] lengths = new int[students];
        int right = 0;
        double squaredError = 0;
        int testsLeaving = 0;
        Map<String, Integer> departures = new HashMap<>();
        for (int s = 0; s < students; s++) {
            double theta = random.nextGaussian();
            Map<String, ItemSelector.Unit> available = new LinkedHashMap<>();
            for (int i = 0; i < topics.length; i++) {
                available.put(String.valueOf(i), new ItemSelector.Unit(String.valueOf(i),
                        new double[] {usedDifficulties[i]}, new String[] {topics[i]}));
            }
            Map<String, Integer> counts = new HashMap<>();
            Eap posterior = new Eap();
            StoppingRule.Decision decision = StoppingRule.Decision.CONTINUE;
            boolean left = false;
            while (decision == StoppingRule.Decision.CONTINUE) {
                Eap.Estimate estimate = posterior.estimate();
                ItemSelector.Unit unit = selector.next(available.values(), counts, posterior.answers(),
                        estimate.ability(), exposureRates, random);
                if (unit == null) {
                    decision = rule.decide(posterior.answers(), estimate, false, true);
                    break;
                }
                available.remove(unit.id());
                int item = Integer.parseInt(unit.id());
                exposure[item]++;
                counts.merge(topics[item], 1, Integer::sum);
                posterior.add(usedDifficulties[item], random.nextDouble() < Rasch.probability(theta,
                        trueDifficulties[item]));
                for (String topic : weights.keySet()) {
                    double target = shares.get(topic) / formLength() * posterior.answers();
                    if (Math.abs(counts.getOrDefault(topic, 0) - target) > 1 + 1e-9) {
                        left = true;
                        departures.merge(topic, 1, Integer::sum);
                    }
                }
                decision = rule.decide(posterior.answers(), posterior.estimate(), false, false);
            }
            lengths[s] = posterior.answers();
            for (int i = 0; i < exposure.length; i++) {
                exposureRates.put(String.valueOf(i), exposure[i] / (double) (s + 1));
            }
            if ((decision == StoppingRule.Decision.PASS) == (theta >= trueCut)) {
                right++;
            }
            double error = posterior.estimate().ability() - theta;
            squaredError += error * error;
            if (left) {
                testsLeaving++;
            }
        }
        Map<String, Double> byTopic = new LinkedHashMap<>();
        for (String topic : weights.keySet()) {
            byTopic.put(topic, departures.getOrDefault(topic, 0) / (double) students);
        }
        return outcome(rule.fixedLength() ? "adaptive, fixed 100" : "adaptive", students, right, lengths,
                squaredError, exposure, testsLeaving / (double) students, byTopic);
    }

    /**
     * The fixed blueprint form: each student gets a fresh random form with each topic's weight in items, and passes
     * when the percent right reaches the pass mark (what the mock exam does today). Its ability estimate (for RMSE) is
     * the EAP from the same answers.
     */
    public Outcome fixedForm(int students, long seed) {
        Random random = new Random(seed);
        double trueCut = trueCut();
        Map<String, List<Integer>> byTopic = new LinkedHashMap<>();
        for (int i = 0; i < topics.length; i++) {
            byTopic.computeIfAbsent(topics[i], t -> new ArrayList<>()).add(i);
        }
        int[] exposure = new int[topics.length];
        int[] lengths = new int[students];
        int right = 0;
        double squaredError = 0;
        for (int s = 0; s < students; s++) {
            double theta = random.nextGaussian();
            Eap posterior = new Eap();
            int correct = 0;
            for (Map.Entry<String, Integer> topic : weights.entrySet()) {
                List<Integer> pool = new ArrayList<>(byTopic.getOrDefault(topic.getKey(), List.of()));
                for (int k = 0; k < topic.getValue() && !pool.isEmpty(); k++) {
                    int item = pool.remove(random.nextInt(pool.size()));
                    exposure[item]++;
                    boolean answer = random.nextDouble() < Rasch.probability(theta, trueDifficulties[item]);
                    posterior.add(usedDifficulties[item], answer);
                    correct += answer ? 1 : 0;
                }
            }
            lengths[s] = posterior.answers();
            boolean passed = 100.0 * correct / posterior.answers() >= passMarkPercent;
            if (passed == (theta >= trueCut)) {
                right++;
            }
            double error = posterior.estimate().ability() - theta;
            squaredError += error * error;
        }
        return outcome("fixed blueprint form", students, right, lengths, squaredError, exposure, 0, Map.of());
    }

    private Outcome outcome(String exam, int students, int right, int[] lengths, double squaredError, int[] exposure,
                            double leaving, Map<String, Double> departures) {
        int[] sorted = lengths.clone();
        Arrays.sort(sorted);
        int[] percentiles = {sorted[0], sorted[students / 10], sorted[students / 2], sorted[students * 9 / 10],
                sorted[students - 1]};
        double meanItems = Arrays.stream(lengths).average().orElse(0);
        double maxExposure = Arrays.stream(exposure).max().orElse(0) / (double) students;
        double meanExposure = Arrays.stream(exposure).average().orElse(0) / students;
        return new Outcome(exam, right / (double) students, meanItems, percentiles,
                Math.sqrt(squaredError / students), maxExposure, meanExposure, leaving, departures);
    }
}
