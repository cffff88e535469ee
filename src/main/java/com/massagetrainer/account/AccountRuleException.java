package com.massagetrainer.account;

/**
 * A user-facing rule was broken (email taken, weak password, ...). {@code field} names the form field the
 * message belongs to, so a form can show it in place; the message is written for the user.
 */
public class AccountRuleException extends RuntimeException {

    private final String field;
    private final java.util.Map<String, String> problems;

    public AccountRuleException(String field, String message) {
        super(message);
        this.field = field;
        this.problems = java.util.Collections.singletonMap(field, message);
    }

    /** Several fields broke a rule at once (field → message, in form order), so a form can mark them all. */
    public AccountRuleException(java.util.Map<String, String> problems) {
        super(problems.values().iterator().next());
        this.field = problems.keySet().iterator().next();
        this.problems = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(problems));
    }

    public String field() {
        return field;
    }

    /** Every broken rule by field; one entry when only one was found. */
    public java.util.Map<String, String> problems() {
        return problems;
    }
}
