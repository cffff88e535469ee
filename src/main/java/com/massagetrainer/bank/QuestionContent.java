package com.massagetrainer.bank;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Everything a question says, exactly as authored: what one version of a question shows and how it is keyed.
 * Immutable; stored as JSON with each question version so old attempts review as they were taken.
 * {@code samePointAs} names the questions that test the same point (never drawn together with this one; see
 * {@link SamePoint}); empty lists are not written, so a question without it keeps its stored hash.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record QuestionContent(
        String id,
        String topic,
        QuestionType type,
        String scenario,
        int difficulty,
        CognitiveLevel cognitive,
        String stem,
        List<Option> options,
        List<MatchPair> pairs,
        List<OrderStep> sequence,
        String explanation,
        List<Citation> citations,
        List<String> tags,
        String keyLengthReason,
        List<String> samePointAs) {

    public QuestionContent {
        options = options == null ? List.of() : List.copyOf(options);
        pairs = pairs == null ? List.of() : List.copyOf(pairs);
        sequence = sequence == null ? List.of() : List.copyOf(sequence);
        citations = citations == null ? List.of() : List.copyOf(citations);
        tags = tags == null ? List.of() : List.copyOf(tags);
        samePointAs = samePointAs == null ? List.of() : List.copyOf(samePointAs);
    }

    /** A question that declares no same-point twin (see {@code samePointAs} in question-bank/README.md). */
    public QuestionContent(String id, String topic, QuestionType type, String scenario, int difficulty,
                           CognitiveLevel cognitive, String stem, List<Option> options, List<MatchPair> pairs,
                           List<OrderStep> sequence, String explanation, List<Citation> citations, List<String> tags,
                           String keyLengthReason) {
        this(id, topic, type, scenario, difficulty, cognitive, stem, options, pairs, sequence, explanation, citations,
                tags, keyLengthReason, List.of());
    }

    /** A question without a stated key-length reason (see {@code keyLengthReason} in question-bank/README.md). */
    public QuestionContent(String id, String topic, QuestionType type, String scenario, int difficulty,
                           CognitiveLevel cognitive, String stem, List<Option> options, List<MatchPair> pairs,
                           List<OrderStep> sequence, String explanation, List<Citation> citations, List<String> tags) {
        this(id, topic, type, scenario, difficulty, cognitive, stem, options, pairs, sequence, explanation, citations,
                tags, null, List.of());
    }

    public QuestionContent withTopic(String topicId) {
        return new QuestionContent(id, topicId, type, scenario, difficulty, cognitive, stem, options, pairs, sequence,
                explanation, citations, tags, keyLengthReason, samePointAs);
    }

    /** The same question shown with this scenario (a case question with its case's scenario). */
    public QuestionContent withScenario(String caseScenario) {
        return new QuestionContent(id, topic, type, caseScenario, difficulty, cognitive, stem, options, pairs, sequence,
                explanation, citations, tags, keyLengthReason, samePointAs);
    }

    /** One answer option of a single, multiple or true/false question. */
    public record Option(String id, String text, boolean correct, String rationale) {
    }

    /** A left-hand item and its right-hand partner in a matching question. */
    public record MatchPair(String id, String left, String right, String rationale) {
    }

    /** One step of an ordering question; the authored list is the correct order. */
    public record OrderStep(String id, String text, String rationale) {
    }

    /** A section of a source article that supports the key. */
    public record Citation(String source, String section) {
    }
}
