package com.massagetrainer.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One immutable version of a case: title, scenario and its questions in case order (a JSON array of ids). */
@Entity
@Table(name = "case_set_version")
class CaseSetVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id")
    private String caseId;
    private int version;
    @Column(name = "content_hash")
    private String contentHash;
    private String title;
    private String scenario;
    @Column(name = "question_ids")
    private String questionIds;
    @Column(name = "created_at")
    private Instant createdAt;

    protected CaseSetVersion() {
    }

    CaseSetVersion(String caseId, int version, String contentHash, String title, String scenario, String questionIds,
                   Instant createdAt) {
        this.caseId = caseId;
        this.version = version;
        this.contentHash = contentHash;
        this.title = title;
        this.scenario = scenario;
        this.questionIds = questionIds;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getCaseId() {
        return caseId;
    }

    int getVersion() {
        return version;
    }

    String getContentHash() {
        return contentHash;
    }

    String getTitle() {
        return title;
    }

    String getScenario() {
        return scenario;
    }

    String getQuestionIds() {
        return questionIds;
    }
}
