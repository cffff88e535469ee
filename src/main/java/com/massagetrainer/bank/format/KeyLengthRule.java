package com.massagetrainer.bank.format;

import com.massagetrainer.bank.QuestionContent;
import com.massagetrainer.bank.QuestionContent.Option;
import com.massagetrainer.bank.QuestionType;

import java.util.List;

/**
 * Single answer: the key must not stand out by length. A key at least {@link BankGoals#LONG_KEY_RATIO} times the
 * mean distractor length (characters) is flagged unless the question states why in {@code keyLengthReason}; a
 * reason on a key that is not long is flagged too, so reasons do not outlive a rewrite.
 */
public final class KeyLengthRule implements ItemRule {

    public static final String CODE = "long-key";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<ItemFinding> check(QuestionContent q) {
        if (q.type() != QuestionType.SINGLE || q.options().size() < 2) {
            return List.of();
        }
        int key = keyIndex(q);
        if (key < 0) {
            return List.of();
        }
        double ratio = ratio(q, key);
        boolean reasoned = q.keyLengthReason() != null && !q.keyLengthReason().isBlank();
        if (ratio >= BankGoals.LONG_KEY_RATIO && !reasoned) {
            return List.of(new ItemFinding(CODE, "options/" + key + "/text", String.format(
                    "the key is %.2f× as long as the mean distractor (%d vs %.0f characters), so a test-wise student "
                            + "picks it; shorten the key or lengthen the distractors, or state why in keyLengthReason",
                    ratio, Wording.length(q.options().get(key).text()), meanDistractorLength(q, key))));
        }
        if (ratio < BankGoals.LONG_KEY_RATIO && reasoned) {
            return List.of(new ItemFinding(CODE, "keyLengthReason", String.format("keyLengthReason is given but the key "
                    + "is only %.2f× the mean distractor length; remove the reason", ratio)));
        }
        return List.of();
    }

    /** Key length over mean distractor length, or 0 when there is no distractor. */
    public static double ratio(QuestionContent q, int key) {
        double mean = meanDistractorLength(q, key);
        return mean == 0 ? 0 : Wording.length(q.options().get(key).text()) / mean;
    }

    /** Index of the only key of a single-answer question, or -1. */
    public static int keyIndex(QuestionContent q) {
        int found = -1;
        for (int i = 0; i < q.options().size(); i++) {
            if (q.options().get(i).correct()) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    private static double meanDistractorLength(QuestionContent q, int key) {
        List<Option> options = q.options();
        return java.util.stream.IntStream.range(0, options.size()).filter(i -> i != key)
                .mapToDouble(i -> Wording.length(options.get(i).text())).average().orElse(0);
    }
}
