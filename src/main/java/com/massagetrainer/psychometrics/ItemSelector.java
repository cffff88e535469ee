package com.massagetrainer.psychometrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Picks the next unit of an adaptive exam. A unit is a standalone question or a whole case set (its questions are
 * given together and count toward their own topics).
 *
 * <ol>
 *   <li>Content balancing: the topic furthest below its blueprint share of the test so far (weight x items after this
 *       one, minus items given) is served next; ties go to chance. This keeps every topic within one item of its
 *       share at every point of the test.</li>
 *   <li>Maximum Fisher information at the current ability estimate among that topic's unused units (a case set by
 *       the mean information of its questions).</li>
 *   <li>Exposure control, two layers: units already given to at least {@code maxExposure} of earlier takers sit
 *       out while the topic has others (the "restricted" method of Revuelta and Ponsoda), and the pick is one of the
 *       best {@code k} at random (randomesque), so the most informative items are not given to everyone.</li>
 * </ol>
 */
public final class ItemSelector {

    /** A unit the selector may give: its questions' difficulties and topics, in the order they are shown. */
    public record Unit(String id, double[] difficulties, String[] topics) {

        public Unit {
            if (difficulties.length == 0 || difficulties.length != topics.length) {
                throw new IllegalArgumentException("a unit needs one topic per question");
            }
        }

        public String mainTopic() {
            return topics[0];
        }

        public int size() {
            return difficulties.length;
        }

        double meanInformation(double theta) {
            double sum = 0;
            for (double b : difficulties) {
                sum += Rasch.information(theta, b);
            }
            return sum / difficulties.length;
        }
    }

    private final Map<String, Double> blueprintShares;
    private final int randomesque;
    private final double maxExposure;

    /**
     * @param blueprintShares each topic's share of the test (any positive scale; normalised here)
     * @param randomesque     how many of the most informative units the pick is drawn from
     * @param maxExposure     share of takers (0-1) above which a unit rests while its topic has others
     */
    public ItemSelector(Map<String, Double> blueprintShares, int randomesque, double maxExposure) {
        double total = blueprintShares.values().stream().mapToDouble(Double::doubleValue).sum();
        this.blueprintShares = blueprintShares.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue() / total));
        if (randomesque < 1) {
            throw new IllegalArgumentException("randomesque must be at least 1");
        }
        this.randomesque = randomesque;
        this.maxExposure = maxExposure;
    }

    /**
     * The next unit, or null when no unused unit is left.
     *
     * @param available   units not yet given
     * @param topicCounts questions already given per topic
     * @param given       questions already given
     * @param exposure    share of earlier takers each unit (by id) was given to; absent means never
     */
    public Unit next(Collection<Unit> available, Map<String, Integer> topicCounts, int given, double theta,
                     Map<String, Double> exposure, Random random) {
        if (available.isEmpty()) {
            return null;
        }
        Set<String> topicsLeft = new java.util.HashSet<>();
        for (Unit unit : available) {
            topicsLeft.add(unit.mainTopic());
        }
        List<String> neediest = new ArrayList<>();
        double largestDeficit = Double.NEGATIVE_INFINITY;
        for (String topic : blueprintShares.keySet().stream().sorted().toList()) {
            if (!topicsLeft.contains(topic)) {
                continue;
            }
            double deficit = blueprintShares.get(topic) * (given + 1) - topicCounts.getOrDefault(topic, 0);
            if (deficit > largestDeficit + 1e-12) {
                largestDeficit = deficit;
                neediest.clear();
                neediest.add(topic);
            } else if (Math.abs(deficit - largestDeficit) <= 1e-12) {
                neediest.add(topic);
            }
        }
        // A unit of a topic outside the blueprint is only given when nothing in the blueprint is left.
        String topic = neediest.isEmpty() ? available.iterator().next().mainTopic()
                : neediest.get(random.nextInt(neediest.size()));
        List<Unit> ofTopic = available.stream().filter(u -> u.mainTopic().equals(topic)).toList();
        List<Unit> rested = ofTopic.stream().filter(u -> exposure.getOrDefault(u.id(), 0.0) < maxExposure).toList();
        List<Unit> candidates = new ArrayList<>(rested.isEmpty() ? ofTopic : rested);
        candidates.sort(Comparator.comparingDouble((Unit u) -> -u.meanInformation(theta)).thenComparing(Unit::id));
        int pool = Math.min(randomesque, candidates.size());
        return candidates.get(random.nextInt(pool));
    }
}
