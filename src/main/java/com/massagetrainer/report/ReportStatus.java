package com.massagetrainer.report;

/** A report waits (OPEN) until whoever handles it answers: the question was FIXED, or the report REJECTED. */
public enum ReportStatus {
    OPEN, FIXED, REJECTED
}
