package com.massagetrainer.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An issued certificate; revoking keeps the record (the verification page then says "revoked"). */
@Entity
@Table(name = "certificate")
class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    @Column(name = "user_id")
    private long userId;
    @Column(name = "certification_id")
    private long certificationId;
    @Column(name = "attempt_id")
    private long attemptId;
    @Column(name = "holder_name")
    private String holderName;
    private String title;
    private double score;
    @Column(name = "issued_at")
    private Instant issuedAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "revoke_reason")
    private String revokeReason;

    protected Certificate() {
    }

    Certificate(String code, long userId, long certificationId, long attemptId, String holderName, String title,
                double score, Instant issuedAt) {
        this.code = code;
        this.userId = userId;
        this.certificationId = certificationId;
        this.attemptId = attemptId;
        this.holderName = holderName;
        this.title = title;
        this.score = score;
        this.issuedAt = issuedAt;
    }

    void revoke(Instant at, String reason) {
        this.revokedAt = at;
        this.revokeReason = reason;
    }

    long getUserId() {
        return userId;
    }

    long getCertificationId() {
        return certificationId;
    }

    CertificateDetails details() {
        return new CertificateDetails(id, code, holderName, title, score, issuedAt, revokedAt, revokeReason);
    }
}
