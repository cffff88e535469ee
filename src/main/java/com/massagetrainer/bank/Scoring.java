package com.massagetrainer.bank;

import com.massagetrainer.bank.QuestionContent.Option;
import com.massagetrainer.bank.QuestionContent.OrderStep;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The app's scoring rules, in the bank so the quiz and the bank linter's guessing figures use the same ones.
 * Scores one response, from 0 to 1. Single and true/false: 1 or 0. Multiple: (right picks - wrong picks) / keys,
 * floored at 0, so ticking everything earns nothing. Matching and ordering: the fraction of places right.
 *
 * <p>A response is a list of strings: the chosen option ids (single, multiple, true/false); for matching, one
 * {@code leftPairId=rightPairId} entry per left-hand item; for ordering, the step ids in the student's order.
 */
public final class Scoring {

    private Scoring() {
    }

    public static double score(QuestionContent question, List<String> response) {
        if (response == null || response.isEmpty()) {
            return 0;
        }
        return switch (question.type()) {
            case SINGLE, TRUE_FALSE -> {
                Set<String> keys = keys(question);
                yield response.size() == 1 && keys.contains(response.get(0)) ? 1 : 0;
            }
            case MULTIPLE -> {
                Set<String> keys = keys(question);
                Set<String> picked = new HashSet<>(response);
                long right = picked.stream().filter(keys::contains).count();
                long wrong = picked.size() - right;
                yield Math.max(0, (double) (right - wrong) / keys.size());
            }
            case MATCHING -> {
                Map<String, String> chosen = matches(response);
                long right = question.pairs().stream().filter(p -> p.id().equals(chosen.get(p.id()))).count();
                yield (double) right / question.pairs().size();
            }
            case ORDERING -> {
                List<OrderStep> steps = question.sequence();
                int right = 0;
                for (int i = 0; i < steps.size() && i < response.size(); i++) {
                    if (steps.get(i).id().equals(response.get(i))) {
                        right++;
                    }
                }
                yield (double) right / steps.size();
            }
        };
    }

    public static boolean isCorrect(QuestionContent question, List<String> response) {
        return score(question, response) >= 1.0 - 1e-9;
    }

    /** The response that scores 1: what the review shows as "the key". */
    public static List<String> key(QuestionContent question) {
        return switch (question.type()) {
            case SINGLE, TRUE_FALSE, MULTIPLE -> question.options().stream().filter(Option::correct).map(Option::id).toList();
            case MATCHING -> question.pairs().stream().map(p -> p.id() + "=" + p.id()).toList();
            case ORDERING -> question.sequence().stream().map(OrderStep::id).toList();
        };
    }

    /** Parses matching entries {@code left=right}; malformed entries are ignored (they score nothing). */
    public static Map<String, String> matches(List<String> response) {
        return response.stream().filter(s -> s.indexOf('=') > 0)
                .collect(Collectors.toMap(s -> s.substring(0, s.indexOf('=')), s -> s.substring(s.indexOf('=') + 1),
                        (a, b) -> a));
    }

    private static Set<String> keys(QuestionContent question) {
        return question.options().stream().filter(Option::correct).map(Option::id).collect(Collectors.toSet());
    }

}
