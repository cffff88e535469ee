package com.massagetrainer.bank;

import com.massagetrainer.bank.format.BankValidation;

/** Thrown at start-up when the bank has errors; {@link BankFailureAnalyzer} turns it into a readable report. */
public class BankInvalidException extends RuntimeException {

    private final transient BankValidation validation;

    public BankInvalidException(BankValidation validation) {
        super("The question bank has " + validation.errors().size() + " error(s):\n" + validation.report());
        this.validation = validation;
    }

    public BankValidation validation() {
        return validation;
    }
}
