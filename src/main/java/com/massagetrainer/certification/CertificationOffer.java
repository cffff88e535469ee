package com.massagetrainer.certification;

import java.time.Instant;
import java.util.Optional;

/** A certification as the signed-in student sees it: its settings and whether they can start it now. */
public record CertificationOffer(long id, CertificationSettings settings, boolean held, Optional<Long> openAttempt,
                                 Optional<Instant> retakeFrom) {
}
