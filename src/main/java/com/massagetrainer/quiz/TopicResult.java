package com.massagetrainer.quiz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How an attempt went in one topic: points (partial credit counts) out of questions. */
public record TopicResult(String topicId, String topicName, double points, int questions) {

    public double percent() {
        return questions == 0 ? 0 : 100.0 * points / questions;
    }

    /** Per-topic results of a finished attempt, in the order topics first appear. */
    static List<TopicResult> of(List<AttemptItem> items, Map<String, String> topicNames) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (AttemptItem i : items) {
            double[] s = sums.computeIfAbsent(i.getTopicId(), k -> new double[2]);
            s[0] += i.getScore() == null ? 0 : i.getScore();
            s[1]++;
        }
        List<TopicResult> results = new ArrayList<>();
        sums.forEach((id, s) -> results.add(new TopicResult(id, topicNames.getOrDefault(id, id), s[0], (int) s[1])));
        return results;
    }
}
