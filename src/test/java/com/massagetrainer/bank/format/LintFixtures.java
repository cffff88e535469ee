package com.massagetrainer.bank.format;

import com.massagetrainer.bank.CognitiveLevel;
import com.massagetrainer.bank.QuestionContent;
import com.massagetrainer.bank.QuestionContent.MatchPair;
import com.massagetrainer.bank.QuestionContent.Option;
import com.massagetrainer.bank.QuestionContent.OrderStep;
import com.massagetrainer.bank.QuestionType;

import java.util.ArrayList;
import java.util.List;

/** Small hand-made questions for the linter's tests. */
final class LintFixtures {

    private LintFixtures() {
    }

    /** A single-answer question; the option texts in authors' order, the key at {@code keyIndex}. */
    static QuestionContent single(String id, String stem, int keyIndex, String... texts) {
        return withReason(id, stem, keyIndex, null, texts);
    }

    static QuestionContent withReason(String id, String stem, int keyIndex, String reason, String... texts) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            options.add(new Option(String.valueOf((char) ('a' + i)), texts[i], i == keyIndex, "why"));
        }
        return new QuestionContent(id, "t", QuestionType.SINGLE, null, 2, CognitiveLevel.RECALL, stem, options, null,
                null, "explained", List.of(), null, reason);
    }

    /** A select-all question: texts in order, {@code correct[i]} says which are keys. */
    static QuestionContent multiple(String id, boolean[] correct, String... texts) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            options.add(new Option(String.valueOf((char) ('a' + i)), texts[i], correct[i], "why"));
        }
        return new QuestionContent(id, "t", QuestionType.MULTIPLE, null, 2, CognitiveLevel.RECALL,
                "Which apply? (Select all that apply.)", options, null, null, "explained", List.of(), null);
    }

    static QuestionContent trueFalse(String id, String statement, boolean keyTrue) {
        return new QuestionContent(id, "t", QuestionType.TRUE_FALSE, null, 2, CognitiveLevel.RECALL, statement,
                List.of(new Option("true", "True", keyTrue, "why"), new Option("false", "False", !keyTrue, "why")),
                null, null, "explained", List.of(), null);
    }

    /** A matching question from left/right texts, alternating: left1, right1, left2, right2, … */
    static QuestionContent matching(String id, String... leftRight) {
        List<MatchPair> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < leftRight.length; i += 2) {
            pairs.add(new MatchPair("p" + (i / 2 + 1), leftRight[i], leftRight[i + 1], "why"));
        }
        return new QuestionContent(id, "t", QuestionType.MATCHING, null, 2, CognitiveLevel.RECALL,
                "Match each item with its partner.", null, pairs, null, "explained", List.of(), null);
    }

    /** An ordering question; the steps in the correct order. */
    static QuestionContent ordering(String id, String... steps) {
        List<OrderStep> sequence = new ArrayList<>();
        for (int i = 0; i < steps.length; i++) {
            sequence.add(new OrderStep("s" + (i + 1), steps[i], "why"));
        }
        return new QuestionContent(id, "t", QuestionType.ORDERING, null, 2, CognitiveLevel.RECALL,
                "Put the steps in order.", null, null, sequence, "explained", List.of(), null);
    }

    static QuestionContent withStem(QuestionContent q, String stem) {
        return new QuestionContent(q.id(), q.topic(), q.type(), q.scenario(), q.difficulty(), q.cognitive(), stem,
                q.options(), q.pairs(), q.sequence(), q.explanation(), q.citations(), q.tags(), q.keyLengthReason());
    }

    static QuestionContent withExplanation(QuestionContent q, String explanation) {
        return new QuestionContent(q.id(), q.topic(), q.type(), q.scenario(), q.difficulty(), q.cognitive(), q.stem(),
                q.options(), q.pairs(), q.sequence(), explanation, q.citations(), q.tags(), q.keyLengthReason());
    }

    /** Findings of every rule for one question. */
    static List<ItemFinding> lint(QuestionContent q) {
        return ItemLint.standard().check(q);
    }

    /** One measurement by id over these questions (no copy check). */
    static Measurement measure(String id, List<QuestionContent> questions) {
        return BankLint.run(questions, ItemLint.standard()).measurements().stream().filter(m -> m.id().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no measurement " + id));
    }
}
