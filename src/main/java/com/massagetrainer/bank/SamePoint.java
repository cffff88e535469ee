package com.massagetrainer.bank;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What a {@code samePointAs} declaration means, in one place for the validator, the bank report and the draw: two
 * questions that test the same point form a pair, whichever of them names the other (a pair is declared once, on one
 * side). The relation is pairwise, not transitive: A with B and B with C keep A and C apart from B only.
 */
public final class SamePoint {

    /** One pair, its ids in alphabetical order so that A-B and B-A are the same pair. */
    public record Pair(String first, String second) implements Comparable<Pair> {

        public static Pair of(String a, String b) {
            return a.compareTo(b) <= 0 ? new Pair(a, b) : new Pair(b, a);
        }

        @Override
        public int compareTo(Pair other) {
            return Comparator.comparing(Pair::first).thenComparing(Pair::second).compare(this, other);
        }
    }

    private SamePoint() {
    }

    /** Every declared pair, in a stable order. */
    public static <T> Set<Pair> pairs(Collection<T> questions, Function<T, String> id,
                                      Function<T, Collection<String>> declared) {
        Set<Pair> pairs = new TreeSet<>();
        for (T q : questions) {
            for (String other : declared.apply(q)) {
                if (!other.equals(id.apply(q))) {
                    pairs.add(Pair.of(id.apply(q), other));
                }
            }
        }
        return pairs;
    }

    /** For each question id, the ids it must never be drawn with (both sides of every pair). */
    public static Map<String, Set<String>> twins(Collection<Pair> pairs) {
        Map<String, Set<String>> twins = new HashMap<>();
        for (Pair p : pairs) {
            twins.computeIfAbsent(p.first(), k -> new TreeSet<>()).add(p.second());
            twins.computeIfAbsent(p.second(), k -> new TreeSet<>()).add(p.first());
        }
        return twins;
    }
}
