package com.massagetrainer.certification;

import java.util.Optional;

/** The answer the public verification page gives about a code. */
public record Verification(Outcome outcome, Optional<CertificateDetails> certificate) {

    public enum Outcome { VALID, REVOKED, UNKNOWN, TOO_MANY_LOOKUPS }

    static Verification of(Outcome outcome) {
        return new Verification(outcome, Optional.empty());
    }
}
