package com.massagetrainer.bank.format;

import com.massagetrainer.bank.QuestionContent;
import com.massagetrainer.bank.QuestionContent.MatchPair;
import com.massagetrainer.bank.QuestionType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Matching: a left-hand item must not share a distinctive word with its own right-hand partner. A word is
 * distinctive when, after removing stop-words, folding British/American spelling and stemming ({@link Wording#stems}),
 * it stands in the left item and its own right item and in no other right-hand item: a student who matches by
 * shared words then finds the partner without knowing anything.
 */
public final class MatchingCueRule implements ItemRule {

    public static final String CODE = "matching-cue";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<ItemFinding> check(QuestionContent q) {
        if (q.type() != QuestionType.MATCHING) {
            return List.of();
        }
        List<ItemFinding> findings = new ArrayList<>();
        List<MatchPair> pairs = q.pairs();
        for (int i = 0; i < pairs.size(); i++) {
            Set<String> shared = distinctiveSharedStems(pairs, i);
            if (!shared.isEmpty()) {
                findings.add(new ItemFinding(CODE, "pairs/" + i + "/right", "\"" + pairs.get(i).left()
                        + "\" and its partner share " + String.join(", ", shared.stream().map(s -> "'" + s + "'").toList())
                        + ", found in no other right-hand item; reword one side so the word gives nothing away"));
            }
        }
        return findings;
    }

    /** Stems shared by pair {@code i}'s left and right items that no other right-hand item has. */
    public static Set<String> distinctiveSharedStems(List<MatchPair> pairs, int i) {
        Set<String> shared = new LinkedHashSet<>(Wording.stems(pairs.get(i).left()));
        shared.retainAll(Wording.stems(pairs.get(i).right()));
        for (int j = 0; j < pairs.size(); j++) {
            if (j != i) {
                shared.removeAll(Wording.stems(pairs.get(j).right()));
            }
        }
        return shared;
    }
}
