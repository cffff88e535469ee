package com.massagetrainer.certification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A finished certification attempt: pass or fail, the per-topic bands, the certificate or when a retake opens. */
public record CertificationResult(long attemptId, String title, double score, int passMark, boolean passed,
                                  boolean timedOut, List<TopicBand> bands, Optional<CertificateDetails> certificate,
                                  Instant retakeFrom) {
}
