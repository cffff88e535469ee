package com.massagetrainer.bank.format;

import com.massagetrainer.bank.QuestionContent;
import com.massagetrainer.bank.Scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * One response a guessing student gives, with its probability. A strategy's answer to a question is a list of
 * guesses whose probabilities add up to 1, so its score is an exact expectation, never a sample.
 */
public record Guess(List<String> response, double probability) {

    public Guess {
        response = List.copyOf(response);
    }

    /** Expected score of these guesses under the app's scoring rules ({@link Scoring}). */
    public static double expectedScore(QuestionContent question, List<Guess> guesses) {
        return guesses.stream().mapToDouble(g -> g.probability() * Scoring.score(question, g.response())).sum();
    }

    /** Each response equally likely. */
    public static List<Guess> uniform(List<List<String>> responses) {
        List<Guess> guesses = new ArrayList<>();
        responses.forEach(r -> guesses.add(new Guess(r, 1.0 / responses.size())));
        return guesses;
    }

    /** Every way to choose {@code k} of {@code items}, in order of the items. */
    static <T> List<List<T>> combinations(List<T> items, int k) {
        List<List<T>> out = new ArrayList<>();
        combine(items, k, 0, new ArrayList<>(), out);
        return out;
    }

    private static <T> void combine(List<T> items, int k, int from, List<T> current, List<List<T>> out) {
        if (current.size() == k) {
            out.add(List.copyOf(current));
            return;
        }
        for (int i = from; i < items.size(); i++) {
            current.add(items.get(i));
            combine(items, k, i + 1, current, out);
            current.remove(current.size() - 1);
        }
    }

    /** Every order of {@code items}. */
    static <T> List<List<T>> permutations(List<T> items) {
        List<List<T>> out = new ArrayList<>();
        permute(new ArrayList<>(items), 0, out);
        return out;
    }

    private static <T> void permute(List<T> items, int from, List<List<T>> out) {
        if (from >= items.size()) {
            out.add(List.copyOf(items));
            return;
        }
        for (int i = from; i < items.size(); i++) {
            java.util.Collections.swap(items, from, i);
            permute(items, from + 1, out);
            java.util.Collections.swap(items, from, i);
        }
    }
}
