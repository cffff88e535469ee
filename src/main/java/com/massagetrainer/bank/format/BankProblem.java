package com.massagetrainer.bank.format;

/**
 * One thing wrong (or worth a look) in a bank file, located at a line so an author can go straight to it.
 * Printed as {@code file:line: message}.
 */
public record BankProblem(Severity severity, String file, int line, String message) {

    public enum Severity { ERROR, WARNING }

    public static BankProblem error(String file, int line, String message) {
        return new BankProblem(Severity.ERROR, file, line, message);
    }

    public static BankProblem warning(String file, int line, String message) {
        return new BankProblem(Severity.WARNING, file, line, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + (isError() ? "" : "warning: ") + message;
    }
}
