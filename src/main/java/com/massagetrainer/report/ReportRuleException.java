package com.massagetrainer.report;

/** A report that breaks a rule; the message is for the student or admin as it stands. */
public class ReportRuleException extends RuntimeException {

    public ReportRuleException(String message) {
        super(message);
    }
}
