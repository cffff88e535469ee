package com.massagetrainer.quiz;

import com.massagetrainer.bank.QuestionType;

import java.time.Instant;

/**
 * A question that may be drawn, with what the draw needs to know about this student's history of it.
 *
 * @param lastSeen        when the student last answered it, or null if never
 * @param wrongRecently   whether one of the student's recent answers to it was not fully right
 * @param optionIds       option ids (single/multiple/true-false), pair ids (matching) or step ids (ordering), as authored
 * @param caseId          the case set it belongs to, or null for a stand-alone question
 * @param caseOrder       its 1-based place in the case (0 when stand-alone)
 * @param caseSize        how many questions the case holds (0 when stand-alone)
 * @param samePointAs     the questions it declares to test the same point (its content's {@code samePointAs}); the
 *                        draw never takes both of a pair, whichever side declared it
 */
public record Candidate(String questionId, long versionId, String topicId, int difficulty, QuestionType type,
                        java.util.List<String> optionIds, Instant lastSeen, boolean wrongRecently,
                        String caseId, int caseOrder, int caseSize, java.util.List<String> samePointAs) {

    public Candidate {
        samePointAs = samePointAs == null ? java.util.List.of() : java.util.List.copyOf(samePointAs);
    }

    /** A question that declares no same-point twin. */
    public Candidate(String questionId, long versionId, String topicId, int difficulty, QuestionType type,
                     java.util.List<String> optionIds, Instant lastSeen, boolean wrongRecently,
                     String caseId, int caseOrder, int caseSize) {
        this(questionId, versionId, topicId, difficulty, type, optionIds, lastSeen, wrongRecently, caseId, caseOrder,
                caseSize, java.util.List.of());
    }

    /** A stand-alone question. */
    public Candidate(String questionId, long versionId, String topicId, int difficulty, QuestionType type,
                     java.util.List<String> optionIds, Instant lastSeen, boolean wrongRecently) {
        this(questionId, versionId, topicId, difficulty, type, optionIds, lastSeen, wrongRecently, null, 0, 0);
    }

    /** 0 never seen, 1 got wrong lately, 2 seen and right: the draw prefers lower tiers. */
    int tier() {
        if (lastSeen == null) {
            return 0;
        }
        return wrongRecently ? 1 : 2;
    }

    boolean inCase() {
        return caseId != null;
    }
}
