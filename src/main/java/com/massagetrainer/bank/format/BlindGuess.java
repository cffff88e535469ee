package com.massagetrainer.bank.format;

import com.massagetrainer.bank.QuestionContent;
import com.massagetrainer.bank.QuestionContent.MatchPair;
import com.massagetrainer.bank.QuestionContent.Option;
import com.massagetrainer.bank.QuestionContent.OrderStep;

import java.util.ArrayList;
import java.util.List;

/**
 * A student who reads nothing but the question's format. Single and true/false: any option, equally likely.
 * Select-all: a number of ticks from 2 to (options − 1), each equally likely (the format promises at least two
 * keys and one wrong option), then any such set of options. Matching and ordering: any arrangement.
 */
public final class BlindGuess {

    private BlindGuess() {
    }

    public static List<Guess> answer(QuestionContent q) {
        return switch (q.type()) {
            case SINGLE, TRUE_FALSE -> Guess.uniform(q.options().stream().map(o -> List.of(o.id())).toList());
            case MULTIPLE -> selectAll(q);
            case MATCHING -> {
                List<String> ids = q.pairs().stream().map(MatchPair::id).toList();
                yield Guess.uniform(Guess.permutations(ids).stream().map(rights -> matching(ids, rights)).toList());
            }
            case ORDERING -> Guess.uniform(Guess.permutations(q.sequence().stream().map(OrderStep::id).toList()));
        };
    }

    private static List<Guess> selectAll(QuestionContent q) {
        List<String> ids = q.options().stream().map(Option::id).toList();
        int low = Math.min(2, ids.size());
        int high = Math.max(low, ids.size() - 1);
        List<Guess> guesses = new ArrayList<>();
        for (int k = low; k <= high; k++) {
            List<List<String>> sets = Guess.combinations(ids, k);
            for (List<String> set : sets) {
                guesses.add(new Guess(set, 1.0 / (high - low + 1) / sets.size()));
            }
        }
        return guesses;
    }

    /** A matching response: the i-th left item matched with the pair whose right-hand text is {@code rights[i]}. */
    static List<String> matching(List<String> lefts, List<String> rights) {
        List<String> response = new ArrayList<>();
        for (int i = 0; i < lefts.size(); i++) {
            response.add(lefts.get(i) + "=" + rights.get(i));
        }
        return response;
    }
}
