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
    public static List<TopicResult> of(AttemptOnScreen attempt) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (QuestionOnScreen q : attempt.questions()) {
            double[] s = sums.computeIfAbsent(q.topicId(), k -> new double[2]);
            s[0] += q.score() == null ? 0 : q.score();
            s[1]++;
            names.put(q.topicId(), q.topicName());
        }
        List<TopicResult> results = new ArrayList<>();
        sums.forEach((id, s) -> results.add(new TopicResult(id, names.get(id), s[0], (int) s[1])));
        return results;
    }
}
