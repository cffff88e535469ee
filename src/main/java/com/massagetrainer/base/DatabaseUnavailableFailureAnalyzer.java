package com.massagetrainer.base;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.sql.SQLException;

/**
 * Start-up failures of the H2 file database, told in words instead of a stack trace: another running trainer holds
 * the file (H2 error 90020), or the data folder cannot be written (full disk, read-only folder, bad path).
 */
class DatabaseUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private static final int DATABASE_ALREADY_OPEN = 90020;
    private static final int IO_EXCEPTION_1 = 90028;
    private static final int IO_EXCEPTION_2 = 90031;
    private static final int LOG_FILE_ERROR = 90034;
    private static final int FILE_CREATION_FAILED = 90062;
    private static final int DATABASE_IS_READ_ONLY = 90097;

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException first) {
        // H2 nests its errors; the most telling code may be further down the chain.
        for (Throwable t = first; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                FailureAnalysis analysis = explain(sql);
                if (analysis != null) {
                    return analysis;
                }
            }
        }
        return null;
    }

    private static FailureAnalysis explain(SQLException cause) {
        return switch (cause.getErrorCode()) {
            case DATABASE_ALREADY_OPEN -> new FailureAnalysis(
                    "The database file is already in use by another running Massage Exam Trainer (or another program).",
                    "Stop the other instance first, or give this one its own database with "
                            + "--spring.datasource.url=jdbc:h2:file:/another/folder/trainer", cause);
            case IO_EXCEPTION_1, IO_EXCEPTION_2, LOG_FILE_ERROR, FILE_CREATION_FAILED, DATABASE_IS_READ_ONLY -> new FailureAnalysis(
                    "The database file cannot be created or written: " + firstLine(cause.getMessage()),
                    "Check that the data folder exists, is writable by this user and that the disk is not full; or "
                            + "point --spring.datasource.url at a writable folder.", cause);
            default -> null;
        };
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
