package com.massagetrainer.quiz;

import com.massagetrainer.bank.QuestionContent;

import java.time.Instant;
import java.util.List;

/**
 * One question of an attempt as a view shows it: the content of the exact version drawn, the shuffled order of
 * its parts, and the saved answer. {@link #score()} is only filled in when the student may see it. {@code caseSet}
 * is the case scenario shown with a linked question (the case version drawn), or null for a stand-alone question.
 */
public record QuestionOnScreen(int position, String topicId, String topicName, QuestionContent question,
                               List<String> presentation, List<String> response, Instant answeredAt, boolean flagged,
                               Double score, CaseOnScreen caseSet) {

    /** A stand-alone question. */
    public QuestionOnScreen(int position, String topicId, String topicName, QuestionContent question,
                            List<String> presentation, List<String> response, Instant answeredAt, boolean flagged,
                            Double score) {
        this(position, topicId, topicName, question, presentation, response, answeredAt, flagged, score, null);
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    /**
     * The case a linked question belongs to, as the student saw it: its title and scenario (no keys: the scenario is
     * shown during exams), and where the question stands in it ("Question 2 of 3 in this case").
     */
    public record CaseOnScreen(String caseId, String title, String scenario, int position, int size) {
    }
}
