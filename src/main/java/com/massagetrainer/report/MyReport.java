package com.massagetrainer.report;

import java.time.Instant;

/** A report as the student who made it sees it on their home page, with the reply once answered. */
public record MyReport(long id, String questionId, String questionStem, ReportReason reason, ReportStatus status,
                       String reply, Instant createdAt, Instant resolvedAt) {
}
