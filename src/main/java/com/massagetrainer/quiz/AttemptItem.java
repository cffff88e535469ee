package com.massagetrainer.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One question of an attempt: the exact version shown, how it was shown, and the student's saved answer. */
@Entity
@Table(name = "attempt_item")
public class AttemptItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "attempt_id")
    private long attemptId;
    private int position;
    @Column(name = "question_id")
    private String questionId;
    @Column(name = "question_version_id")
    private long questionVersionId;
    @Column(name = "topic_id")
    private String topicId;
    private String presentation;
    private String response;
    private Double score;
    @Column(name = "answered_at")
    private Instant answeredAt;
    private boolean flagged;
    @Column(name = "case_version_id")
    private Long caseVersionId;
    private boolean relearn;

    protected AttemptItem() {
    }

    /** A relearning step: the question of {@code missed} asked again at {@code position} of the same attempt. */
    static AttemptItem relearnStep(AttemptItem missed, int position) {
        AttemptItem again = new AttemptItem();
        again.attemptId = missed.attemptId;
        again.position = position;
        again.questionId = missed.questionId;
        again.questionVersionId = missed.questionVersionId;
        again.topicId = missed.topicId;
        again.presentation = missed.presentation;
        again.caseVersionId = missed.caseVersionId;
        again.flagged = false;
        again.relearn = true;
        return again;
    }

    AttemptItem(long attemptId, DrawnItem drawn, String presentation, Long caseVersionId) {
        this(attemptId, drawn, presentation);
        this.caseVersionId = caseVersionId;
    }

    AttemptItem(long attemptId, DrawnItem drawn, String presentation) {
        this.attemptId = attemptId;
        this.position = drawn.position();
        this.questionId = drawn.questionId();
        this.questionVersionId = drawn.versionId();
        this.topicId = drawn.topicId();
        this.presentation = presentation;
    }

    void answer(String response, double score, Instant at) {
        this.response = response;
        this.score = score;
        this.answeredAt = at;
    }

    void clear() {
        this.response = null;
        this.score = null;
        this.answeredAt = null;
    }

    void setFlagged(boolean flagged) {
        this.flagged = flagged;
    }

    public long getAttemptId() {
        return attemptId;
    }

    public int getPosition() {
        return position;
    }

    public String getQuestionId() {
        return questionId;
    }

    public long getQuestionVersionId() {
        return questionVersionId;
    }

    public String getTopicId() {
        return topicId;
    }

    String getPresentation() {
        return presentation;
    }

    String getResponse() {
        return response;
    }

    public Double getScore() {
        return score;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    /** The version of the case shown with this question, or null for a stand-alone question. */
    public Long getCaseVersionId() {
        return caseVersionId;
    }

    /** Asked again in the same session after a miss: counts neither for the score nor for spaced repetition. */
    public boolean isRelearn() {
        return relearn;
    }

    public boolean isFlagged() {
        return flagged;
    }
}
