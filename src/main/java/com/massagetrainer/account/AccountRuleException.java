package com.massagetrainer.account;

/**
 * A user-facing rule was broken (email taken, weak password, ...). {@code field} names the form field the
 * message belongs to, so a form can show it in place; the message is written for the user.
 */
public class AccountRuleException extends RuntimeException {

    private final String field;

    public AccountRuleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
