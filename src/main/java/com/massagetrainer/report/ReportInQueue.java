package com.massagetrainer.report;

import java.time.Instant;

/** A report as its handler sees it: the question and version, who reported it, why, and its state. */
public record ReportInQueue(long id, String questionId, int version, long questionVersionId, String reporterName,
                            String reporterEmail, ReportReason reason, String details, ReportStatus status,
                            String reply, Instant createdAt) {
}
