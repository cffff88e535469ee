package com.massagetrainer.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A case set's identity across versions: its newest version and whether it is drawn. */
@Entity
@Table(name = "case_set")
class CaseSetRecord {

    @Id
    private String id;
    @Column(name = "current_version")
    private int currentVersion;
    private boolean active;

    protected CaseSetRecord() {
    }

    CaseSetRecord(String id) {
        this.id = id;
    }

    void point(int version) {
        this.currentVersion = version;
        this.active = true;
    }

    void retire() {
        this.active = false;
    }

    String getId() {
        return id;
    }

    int getCurrentVersion() {
        return currentVersion;
    }

    boolean isActive() {
        return active;
    }
}
