package com.massagetrainer.psychometrics;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** EAP, cut score, stopping rule and item selection: the pieces the adaptive exam is built from. */
class AdaptiveCoreTest {

    @Test
    void eapWithoutAnswersIsThePrior() {
        Eap.Estimate prior = new Eap().estimate();
        assertThat(prior.ability()).isCloseTo(0, within(1e-9));
        assertThat(prior.standardError()).isCloseTo(1, within(1e-3));
    }

    @Test
    void eapAgreesWithDirectIntegration() {
        double[] b = {-1, 0, 0.5, 1.2};
        boolean[] right = {true, true, false, true};
        Eap.Estimate estimate = Eap.of(b, right).estimate();
        // Trapezoid rule on a much finer grid, written out independently.
        double total = 0;
        double first = 0;
        double second = 0;
        for (double t = -8; t <= 8; t += 0.001) {
            double w = Math.exp(-t * t / 2);
            for (int k = 0; k < b.length; k++) {
                double p = 1 / (1 + Math.exp(b[k] - t));
                w *= right[k] ? p : 1 - p;
            }
            total += w;
            first += w * t;
            second += w * t * t;
        }
        double mean = first / total;
        assertThat(estimate.ability()).isCloseTo(mean, within(1e-3));
        assertThat(estimate.standardError()).isCloseTo(Math.sqrt(second / total - mean * mean), within(1e-3));
    }

    @Test
    void moreRightAnswersRaiseTheEstimateAndAnswersNarrowIt() {
        Eap weak = Eap.of(new double[] {0, 0, 0}, new boolean[] {false, false, true});
        Eap strong = Eap.of(new double[] {0, 0, 0}, new boolean[] {true, true, false});
        assertThat(strong.estimate().ability()).isGreaterThan(weak.estimate().ability());
        assertThat(strong.estimate().standardError()).isLessThan(1);
        assertThat(strong.probabilityAbove(0)).isGreaterThan(0.5).isGreaterThan(weak.probabilityAbove(0));
    }

    @Test
    void cutScoreIsWhereTheExpectedScoreMeetsThePassMark() {
        List<CutScore.TopicItems> blueprint = List.of(new CutScore.TopicItems(60, new double[] {-1, 0, 1}),
                new CutScore.TopicItems(40, new double[] {0.5, 1.5}));
        double cut = CutScore.abilityFor(blueprint, 70);
        assertThat(CutScore.expectedPercent(blueprint, cut)).isCloseTo(70, within(1e-6));
        assertThat(CutScore.abilityFor(List.of(new CutScore.TopicItems(1, new double[] {0.3})), 50))
                .isCloseTo(0.3, within(1e-6));
    }

    @Test
    void stoppingWaitsForTheMinimumThenStopsWhenTheIntervalClearsTheCut() {
        StoppingRule rule = StoppingRule.variable(0.5);
        Eap.Estimate clearlyAbove = new Eap.Estimate(1.5, 0.3);
        Eap.Estimate straddling = new Eap.Estimate(0.6, 0.3);
        Eap.Estimate clearlyBelow = new Eap.Estimate(-0.5, 0.3);
        assertThat(rule.decide(39, clearlyAbove, false, false)).isEqualTo(StoppingRule.Decision.CONTINUE);
        assertThat(rule.decide(40, clearlyAbove, false, false)).isEqualTo(StoppingRule.Decision.PASS);
        assertThat(rule.decide(40, clearlyBelow, false, false)).isEqualTo(StoppingRule.Decision.FAIL);
        assertThat(rule.decide(70, straddling, false, false)).isEqualTo(StoppingRule.Decision.CONTINUE);
        assertThat(rule.decide(100, straddling, false, false)).isEqualTo(StoppingRule.Decision.PASS);
        assertThat(rule.decide(55, new Eap.Estimate(0.4, 0.3), true, false)).isEqualTo(StoppingRule.Decision.FAIL);

        StoppingRule fixed = StoppingRule.fixed(0.5);
        assertThat(fixed.decide(60, clearlyAbove, false, false)).isEqualTo(StoppingRule.Decision.CONTINUE);
        assertThat(fixed.decide(100, clearlyAbove, false, false)).isEqualTo(StoppingRule.Decision.PASS);
    }

    @Test
    void selectorServesTheNeediestTopicWithItsMostInformativeItem() {
        ItemSelector selector = new ItemSelector(Map.of("a", 50.0, "b", 50.0), 1, 1);
        List<ItemSelector.Unit> units = List.of(unit("a1", -2, "a"), unit("a2", 0.9, "a"), unit("b1", 1, "b"),
                unit("b2", 3, "b"));
        // Topic a already has one item of one given: b is behind its share.
        ItemSelector.Unit next = selector.next(units, Map.of("a", 1), 1, 1.0, Map.of(), new Random(1));
        assertThat(next.id()).isEqualTo("b1");
        next = selector.next(units, Map.of("b", 1), 1, 1.0, Map.of(), new Random(1));
        assertThat(next.id()).isEqualTo("a2");
    }

    @Test
    void selectorRestsOverexposedItemsWhileTheTopicHasOthers() {
        ItemSelector selector = new ItemSelector(Map.of("a", 1.0), 1, 0.25);
        List<ItemSelector.Unit> units = List.of(unit("best", 0, "a"), unit("next", 0.5, "a"));
        assertThat(selector.next(units, Map.of(), 0, 0, Map.of("best", 0.3), new Random(1)).id()).isEqualTo("next");
        assertThat(selector.next(List.of(units.get(0)), Map.of(), 0, 0, Map.of("best", 0.3), new Random(1)).id())
                .as("the only item left is given even when over-exposed").isEqualTo("best");
    }

    @Test
    void everyTopicStaysWithinOneItemOfItsShareThroughoutATest() {
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put("a", 10.0);
        weights.put("b", 7.0);
        weights.put("c", 9.0);
        weights.put("d", 8.0);
        List<ItemSelector.Unit> units = new ArrayList<>();
        Random random = new Random(3);
        for (String topic : weights.keySet()) {
            for (int i = 0; i < 40; i++) {
                units.add(unit(topic + i, random.nextGaussian(), topic));
            }
        }
        ItemSelector selector = new ItemSelector(weights, 5, 1);
        Map<String, Integer> counts = new HashMap<>();
        List<ItemSelector.Unit> left = new ArrayList<>(units);
        for (int given = 0; given < 100; given++) {
            ItemSelector.Unit unit = selector.next(left, counts, given, 0.5, Map.of(), random);
            left.remove(unit);
            counts.merge(unit.mainTopic(), 1, Integer::sum);
            for (String topic : weights.keySet()) {
                double share = weights.get(topic) / 34.0 * (given + 1);
                assertThat(Math.abs(counts.getOrDefault(topic, 0) - share)).as("%s after %d", topic, given + 1)
                        .isLessThanOrEqualTo(1.0);
            }
        }
    }

    private static ItemSelector.Unit unit(String id, double difficulty, String topic) {
        return new ItemSelector.Unit(id, new double[] {difficulty}, new String[] {topic});
    }
}
