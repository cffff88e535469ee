package com.massagetrainer.bank;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Shows bank errors at start-up as file:line messages instead of a stack trace. */
class BankFailureAnalyzer extends AbstractFailureAnalyzer<BankInvalidException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BankInvalidException cause) {
        return new FailureAnalysis(
                "The question bank has " + cause.validation().errors().size() + " error(s):\n\n"
                        + cause.validation().report(),
                "Fix the files named above (each line says what to do), then start again. "
                        + "Check the bank without starting the app: ./mvnw -q compile exec:java",
                cause);
    }
}
