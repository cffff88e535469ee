package com.massagetrainer.quiz;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the topic to practise (plain Java): among topics with enough answers, the lowest accuracy; but a topic
 * without enough answers comes first, since it has not been practised (the least answered of those).
 */
final class WeakestTopic {

    static final int ENOUGH_ANSWERS = 5;

    record Stats(long answered, double accuracy) {
    }

    private WeakestTopic() {
    }

    static Optional<String> pick(List<String> topicIds, Map<String, Stats> stats) {
        Comparator<String> order = (a, b) -> {
            Stats sa = stats.get(a);
            Stats sb = stats.get(b);
            boolean enoughA = sa != null && sa.answered() >= ENOUGH_ANSWERS;
            boolean enoughB = sb != null && sb.answered() >= ENOUGH_ANSWERS;
            if (enoughA && enoughB) {
                return Double.compare(sa.accuracy(), sb.accuracy());
            }
            if (enoughA != enoughB) {
                return enoughA ? 1 : -1;
            }
            return Long.compare(sa == null ? 0 : sa.answered(), sb == null ? 0 : sb.answered());
        };
        return topicIds.stream().min(order);
    }
}
