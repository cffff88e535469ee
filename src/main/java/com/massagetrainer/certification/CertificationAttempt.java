package com.massagetrainer.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Links a quiz attempt to the certification it was an attempt at. */
@Entity
@Table(name = "certification_attempt")
class CertificationAttempt {

    @Id
    @Column(name = "attempt_id")
    private Long attemptId;
    @Column(name = "certification_id")
    private long certificationId;
    @Column(name = "user_id")
    private long userId;

    protected CertificationAttempt() {
    }

    CertificationAttempt(long attemptId, long certificationId, long userId) {
        this.attemptId = attemptId;
        this.certificationId = certificationId;
        this.userId = userId;
    }

    long getAttemptId() {
        return attemptId;
    }

    long getCertificationId() {
        return certificationId;
    }
}
