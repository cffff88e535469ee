package com.massagetrainer.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A question's identity across versions: which topic it belongs to, its newest version, and whether it is drawn. */
@Entity
@Table(name = "question")
public class Question {

    @Id
    private String id;
    @Column(name = "topic_id")
    private String topicId;
    @Column(name = "current_version")
    private int currentVersion;
    private boolean active;
    @Column(name = "case_id")
    private String caseId;
    @Column(name = "case_position")
    private Integer casePosition;

    protected Question() {
    }

    Question(String id, String topicId) {
        this.id = id;
        this.topicId = topicId;
    }

    void point(String topicId, int version) {
        this.topicId = topicId;
        this.currentVersion = version;
        this.active = true;
    }

    /** Links the question to its case at a 1-based place, or unlinks it (both null). */
    void link(String caseId, Integer position) {
        if (!java.util.Objects.equals(this.caseId, caseId) || !java.util.Objects.equals(this.casePosition, position)) {
            this.caseId = caseId;
            this.casePosition = position;
        }
    }

    void retire() {
        this.active = false;
    }

    public String getId() {
        return id;
    }

    public String getTopicId() {
        return topicId;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public String getCaseId() {
        return caseId;
    }

    public boolean isActive() {
        return active;
    }
}
