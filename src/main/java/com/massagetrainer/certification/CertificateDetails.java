package com.massagetrainer.certification;

import java.time.Instant;

/** A certificate as shown to its holder, printed on the PDF and confirmed by the verification page. */
public record CertificateDetails(long id, String code, String holderName, String title, double score, Instant issuedAt,
                                 Instant revokedAt, String revokeReason) {

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
