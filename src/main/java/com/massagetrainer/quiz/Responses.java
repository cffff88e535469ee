package com.massagetrainer.quiz;

import com.massagetrainer.bank.QuestionContent;
import com.massagetrainer.bank.QuestionContent.MatchPair;
import com.massagetrainer.bank.QuestionContent.Option;
import com.massagetrainer.bank.QuestionContent.OrderStep;
import com.massagetrainer.bank.Scoring;

import java.util.List;

/** What a response to a question may contain (plain Java): the ids of its parts, and a check of a response. */
final class Responses {

    private Responses() {
    }

    /** Option ids (single, multiple, true/false), pair ids (matching) or step ids (ordering), as authored. */
    static List<String> partIds(QuestionContent q) {
        return switch (q.type()) {
            case SINGLE, MULTIPLE, TRUE_FALSE -> q.options().stream().map(Option::id).toList();
            case MATCHING -> q.pairs().stream().map(MatchPair::id).toList();
            case ORDERING -> q.sequence().stream().map(OrderStep::id).toList();
        };
    }

    /** Keeps only parts the question has; an unusable response is refused with a message, not stored. */
    static List<String> valid(QuestionContent q, List<String> response) {
        if (response == null || response.isEmpty()) {
            throw new QuizRuleException("Choose an answer first.");
        }
        List<String> ids = partIds(q);
        boolean valid = switch (q.type()) {
            case SINGLE, TRUE_FALSE -> response.size() == 1 && ids.contains(response.get(0));
            case MULTIPLE -> ids.containsAll(response) && response.stream().distinct().count() == response.size();
            case MATCHING -> Scoring.matches(response).entrySet().stream()
                    .allMatch(e -> ids.contains(e.getKey()) && ids.contains(e.getValue()));
            case ORDERING -> response.size() == ids.size() && response.containsAll(ids);
        };
        if (!valid) {
            throw new QuizRuleException("That answer does not fit this question; choose again.");
        }
        return List.copyOf(response);
    }

}
