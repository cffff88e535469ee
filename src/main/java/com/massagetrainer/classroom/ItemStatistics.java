package com.massagetrainer.classroom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Classical item analysis (plain Java). Per question: facility (mean score, partial credit counting), discrimination
 * (point-biserial correlation between the item and the rest of the student's score, i.e. the total without this
 * item), how often each option was chosen, and the number of responses. Per test: mean and standard deviation of
 * the students' totals and KR-20 reliability, k/(k−1)·(1 − Σpq/σ²) with population variances. Students draw
 * different questions, so KR-20 uses the questions every student answered (reported as missing below two).
 * Flags: facility below 0.2 or above 0.95, discrimination below 0.1, and a distractor chosen more often than the key
 * by the strongest 27% of students; no flag at all below {@value #MIN_RESPONSES} responses to the question.
 */
public final class ItemStatistics {

    /** The one threshold: no flag before this many responses (the view quotes it too). */
    public static final int MIN_RESPONSES = 10;

    /** One student's answer to one question: its score (0–1) and the option ids they chose. */
    public record Response(long studentId, String questionId, double score, List<String> chosen) {
    }

    public record Item(String questionId, int responses, double facility, Double discrimination,
                       Map<String, Integer> optionCounts, List<String> flags) {
    }

    public record Test(int students, double mean, double standardDeviation, int completeItems, Double kr20) {
    }

    public record Analysis(Test test, List<Item> items) {

        /** Items with at least one flag: the instructor's "questions to review". */
        public List<Item> toReview() {
            return items.stream().filter(i -> !i.flags().isEmpty()).toList();
        }
    }

    private ItemStatistics() {
    }

    /**
     * @param responses one per (student, question)
     * @param keys      the correct option ids of option-type questions (others: absent)
     */
    public static Analysis analyse(List<Response> responses, Map<String, Set<String>> keys) {
        Map<Long, Map<String, Response>> byStudent = new TreeMap<>();
        Map<String, List<Response>> byItem = new LinkedHashMap<>();
        for (Response r : responses) {
            byStudent.computeIfAbsent(r.studentId(), k -> new HashMap<>()).put(r.questionId(), r);
            byItem.computeIfAbsent(r.questionId(), k -> new ArrayList<>()).add(r);
        }
        Map<Long, Double> totals = new HashMap<>();
        byStudent.forEach((s, items) -> totals.put(s, items.values().stream().mapToDouble(Response::score).sum()));
        Set<Long> strong = strongest(totals);

        List<Item> items = new ArrayList<>();
        for (Map.Entry<String, List<Response>> e : byItem.entrySet()) {
            List<Response> rs = e.getValue();
            double facility = rs.stream().mapToDouble(Response::score).average().orElse(0);
            double[] x = rs.stream().mapToDouble(Response::score).toArray();
            double[] rest = rs.stream().mapToDouble(r -> totals.get(r.studentId()) - r.score()).toArray();
            Double discrimination = correlation(x, rest);
            Map<String, Integer> counts = new TreeMap<>();
            rs.forEach(r -> r.chosen().forEach(o -> counts.merge(o, 1, Integer::sum)));
            List<String> flags = new ArrayList<>();
            if (rs.size() >= MIN_RESPONSES) {
                if (facility < 0.2) {
                    flags.add("very hard (facility " + round(facility) + ")");
                }
                if (facility > 0.95) {
                    flags.add("very easy (facility " + round(facility) + ")");
                }
                if (discrimination != null && discrimination < 0.1) {
                    flags.add("does not separate strong from weak (discrimination " + round(discrimination) + ")");
                }
            }
            Set<String> key = keys.get(e.getKey());
            // Every flag waits for MIN_RESPONSES: two students preferring a distractor say nothing about the item.
            if (rs.size() >= MIN_RESPONSES && key != null && !key.isEmpty()) {
                Map<String, Long> strongChoices = rs.stream().filter(r -> strong.contains(r.studentId()))
                        .flatMap(r -> r.chosen().stream()).collect(Collectors.groupingBy(o -> o, Collectors.counting()));
                long keyCount = key.stream().mapToLong(k -> strongChoices.getOrDefault(k, 0L)).max().orElse(0);
                strongChoices.entrySet().stream().filter(c -> !key.contains(c.getKey()) && c.getValue() > keyCount)
                        .max(Map.Entry.comparingByValue())
                        .ifPresent(c -> flags.add("strong students prefer distractor " + c.getKey() + " to the key"));
            }
            items.add(new Item(e.getKey(), rs.size(), facility, discrimination, counts, flags));
        }
        items.sort(Comparator.comparing(Item::questionId));
        return new Analysis(test(byStudent, totals), items);
    }

    private static Test test(Map<Long, Map<String, Response>> byStudent, Map<Long, Double> totals) {
        int n = totals.size();
        double mean = totals.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double variance = totals.values().stream().mapToDouble(t -> (t - mean) * (t - mean)).sum() / Math.max(1, n);
        // KR-20 needs a complete student x item block: the questions every student answered.
        List<String> common = byStudent.values().stream().map(Map::keySet).reduce((a, b) -> {
            Set<String> both = new java.util.HashSet<>(a);
            both.retainAll(b);
            return both;
        }).map(s -> s.stream().sorted().toList()).orElse(List.of());
        Double kr20 = null;
        if (common.size() >= 2 && n >= 2) {
            double[] blockTotals = byStudent.values().stream()
                    .mapToDouble(m -> common.stream().mapToDouble(q -> m.get(q).score()).sum()).toArray();
            double blockMean = java.util.Arrays.stream(blockTotals).average().orElse(0);
            double blockVar = java.util.Arrays.stream(blockTotals).map(t -> (t - blockMean) * (t - blockMean)).sum() / n;
            double itemVariance = 0;
            for (String q : common) {
                double[] scores = byStudent.values().stream().mapToDouble(m -> m.get(q).score()).toArray();
                double p = java.util.Arrays.stream(scores).average().orElse(0);
                // p(1-p) for right/wrong items; the general item variance (Cronbach's alpha) with partial credit.
                itemVariance += java.util.Arrays.stream(scores).map(s -> (s - p) * (s - p)).sum() / n;
            }
            int k = common.size();
            kr20 = blockVar == 0 ? null : (double) k / (k - 1) * (1 - itemVariance / blockVar);
        }
        return new Test(n, mean, Math.sqrt(variance), common.size(), kr20);
    }

    /** The top 27% of students by total score (at least one). */
    private static Set<Long> strongest(Map<Long, Double> totals) {
        int size = Math.max(1, (int) Math.round(totals.size() * 0.27));
        return totals.entrySet().stream().sorted(Map.Entry.<Long, Double>comparingByValue().reversed()).limit(size)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** Pearson correlation; null when either side does not vary. */
    static Double correlation(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            return null;
        }
        double mx = java.util.Arrays.stream(x).average().orElse(0);
        double my = java.util.Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? null : sxy / Math.sqrt(sxx * syy);
    }

    private static String round(double v) {
        return String.format(java.util.Locale.ROOT, "%.2f", v);
    }
}
