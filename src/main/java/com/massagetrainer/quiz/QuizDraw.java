package com.massagetrainer.quiz;

import com.massagetrainer.bank.QuestionType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws a quiz from a pool: stratified by topic in proportion to weights (largest remainder, so 100 questions over
 * weights summing to 100 give each topic exactly its weight), never the same question twice, preferring questions
 * the student has not seen, then those they got wrong lately, then the longest unseen. Option order is shuffled.
 * Everything random comes from the seed, so the same seed and pool give the same quiz (replay and audit).
 */
public final class QuizDraw {

    private QuizDraw() {
    }

    /**
     * @param pool    candidates (already filtered by topic and difficulty)
     * @param weights topic id to weight; topics absent from the map get nothing. Equal weights draw evenly.
     * @param count   how many questions
     * @param seed    the attempt's seed
     */
    public static List<DrawnItem> draw(List<Candidate> pool, Map<String, Integer> weights, int count, long seed) {
        Map<String, List<Candidate>> byTopic = new LinkedHashMap<>();
        weights.keySet().forEach(t -> byTopic.put(t, new ArrayList<>()));
        pool.stream().filter(c -> byTopic.containsKey(c.topicId()))
                .sorted(Comparator.comparing(Candidate::questionId))
                .forEach(c -> byTopic.get(c.topicId()).add(c));
        int available = byTopic.values().stream().mapToInt(List::size).sum();
        if (count < 1 || available < count) {
            throw new PoolTooSmallException(count, available);
        }
        Random random = new Random(seed);
        Map<String, Integer> quota = allocate(byTopic, weights, count);
        List<Candidate> chosen = new ArrayList<>();
        for (Map.Entry<String, List<Candidate>> topic : byTopic.entrySet()) {
            List<Candidate> ranked = new ArrayList<>(topic.getValue());
            Collections.shuffle(ranked, random);
            ranked.sort(Comparator.comparingInt(Candidate::tier)
                    .thenComparing(c -> c.lastSeen() == null ? java.time.Instant.MIN : c.lastSeen()));
            chosen.addAll(ranked.subList(0, quota.getOrDefault(topic.getKey(), 0)));
        }
        Collections.shuffle(chosen, random);
        List<DrawnItem> items = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Candidate c = chosen.get(i);
            items.add(new DrawnItem(i + 1, c.questionId(), c.versionId(), c.topicId(), present(c, random)));
        }
        return items;
    }

    /**
     * Exactly the given questions, in the given order (a review session asks the most overdue first; "practise my
     * mistakes" keeps the order they were missed in); only the options are shuffled. Unknown ids are skipped.
     */
    public static List<DrawnItem> inOrder(List<Candidate> pool, List<String> questionIds, long seed) {
        Map<String, Candidate> byId = new HashMap<>();
        pool.forEach(c -> byId.put(c.questionId(), c));
        Random random = new Random(seed);
        List<DrawnItem> items = new ArrayList<>();
        for (String id : new java.util.LinkedHashSet<>(questionIds)) {
            Candidate c = byId.get(id);
            if (c != null) {
                items.add(new DrawnItem(items.size() + 1, c.questionId(), c.versionId(), c.topicId(), present(c, random)));
            }
        }
        if (items.isEmpty()) {
            throw new PoolTooSmallException(questionIds.size(), 0);
        }
        return items;
    }

    /** Questions per topic: proportional to weight by largest remainder, capped by what each topic holds. */
    static Map<String, Integer> allocate(Map<String, List<Candidate>> byTopic, Map<String, Integer> weights, int count) {
        Map<String, Integer> quota = new HashMap<>();
        Map<String, Integer> capacity = new HashMap<>();
        byTopic.forEach((t, list) -> capacity.put(t, list.size()));
        int remaining = count;
        List<String> open = new ArrayList<>(byTopic.keySet());
        // Repeat because capping a small topic frees questions for the others.
        while (remaining > 0 && !open.isEmpty()) {
            double totalWeight = open.stream().mapToInt(t -> Math.max(0, weights.get(t))).sum();
            if (totalWeight == 0) {
                break;
            }
            Map<String, Double> exact = new HashMap<>();
            int given = 0;
            for (String t : open) {
                double share = remaining * weights.get(t) / totalWeight;
                exact.put(t, share);
                int whole = (int) Math.min(Math.floor(share), capacity.get(t) - quota.getOrDefault(t, 0));
                quota.merge(t, whole, Integer::sum);
                given += whole;
            }
            int left = remaining - given;
            List<String> byRemainder = new ArrayList<>(open);
            byRemainder.sort(Comparator.comparingDouble((String t) -> exact.get(t) - Math.floor(exact.get(t))).reversed()
                    .thenComparing(Comparator.naturalOrder()));
            for (String t : byRemainder) {
                if (left == 0) {
                    break;
                }
                if (quota.getOrDefault(t, 0) < capacity.get(t)) {
                    quota.merge(t, 1, Integer::sum);
                    left--;
                }
            }
            remaining = left;
            open.removeIf(t -> quota.getOrDefault(t, 0) >= capacity.get(t));
        }
        return quota;
    }

    /** The shuffled presentation of a question's parts; true/false keeps True before False. */
    private static List<String> present(Candidate c, Random random) {
        List<String> ids = new ArrayList<>(c.optionIds());
        if (c.type() == QuestionType.TRUE_FALSE) {
            return ids;
        }
        List<String> authored = List.copyOf(ids);
        Collections.shuffle(ids, random);
        // An ordering question must not start out already solved.
        if (c.type() == QuestionType.ORDERING && ids.equals(authored) && ids.size() > 1) {
            Collections.rotate(ids, 1);
        }
        return ids;
    }
}
