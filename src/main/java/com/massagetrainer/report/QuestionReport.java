package com.massagetrainer.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A student's report of a problem with one question version, and the answer to it. */
@Entity
@Table(name = "question_report")
class QuestionReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "question_id")
    private String questionId;
    @Column(name = "question_version_id")
    private long questionVersionId;
    @Column(name = "attempt_id")
    private long attemptId;
    @Column(name = "reporter_id")
    private long reporterId;
    @Enumerated(EnumType.STRING)
    private ReportReason reason;
    private String details;
    @Enumerated(EnumType.STRING)
    private ReportStatus status;
    // Set while open, cleared when answered: the database's one-open-report-per-student-per-question rule keys on it.
    @Column(name = "open_question_id")
    private String openQuestionId;
    private String reply;
    @Column(name = "resolved_by")
    private Long resolvedBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected QuestionReport() {
    }

    QuestionReport(String questionId, long questionVersionId, long attemptId, long reporterId, ReportReason reason,
                   String details, Instant createdAt) {
        this.questionId = questionId;
        this.questionVersionId = questionVersionId;
        this.attemptId = attemptId;
        this.reporterId = reporterId;
        this.reason = reason;
        this.details = details;
        this.status = ReportStatus.OPEN;
        this.openQuestionId = questionId;
        this.createdAt = createdAt;
    }

    void resolve(ReportStatus outcome, String reply, long handlerId, Instant at) {
        this.status = outcome;
        this.reply = reply;
        this.resolvedBy = handlerId;
        this.resolvedAt = at;
        this.openQuestionId = null;
    }

    Long getId() {
        return id;
    }

    String getQuestionId() {
        return questionId;
    }

    long getQuestionVersionId() {
        return questionVersionId;
    }

    long getReporterId() {
        return reporterId;
    }

    ReportReason getReason() {
        return reason;
    }

    String getDetails() {
        return details;
    }

    ReportStatus getStatus() {
        return status;
    }

    String getReply() {
        return reply;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getResolvedAt() {
        return resolvedAt;
    }
}
