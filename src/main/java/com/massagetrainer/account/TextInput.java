package com.massagetrainer.account;

import java.util.Locale;
import java.util.regex.Pattern;

/** Cleans and checks short texts people type (names, emails, codes): trimmed, no control characters, bounded. */
public final class TextInput {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}|[\\u2028\\u2029\\u200B-\\u200F\\u202A-\\u202E]");

    private TextInput() {
    }

    /** A trimmed name of at most {@code max} characters; throws with a user-facing message otherwise. */
    public static String name(String field, String value, int max) {
        String text = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            throw new AccountRuleException(field, "Enter a name.");
        }
        if (CONTROL.matcher(text).find()) {
            throw new AccountRuleException(field, "Remove the invisible control characters.");
        }
        if (text.length() > max) {
            throw new AccountRuleException(field, "Use at most " + max + " characters (this has " + text.length() + ").");
        }
        return text;
    }

    /** A lower-cased email address; throws with a user-facing message when it does not look like one. */
    public static String email(String field, String value) {
        String text = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            throw new AccountRuleException(field, "Enter your email address.");
        }
        if (text.length() > 254 || CONTROL.matcher(text).find() || !EMAIL.matcher(text).matches()) {
            throw new AccountRuleException(field, "Enter an email address like name@example.com.");
        }
        return text;
    }
}
