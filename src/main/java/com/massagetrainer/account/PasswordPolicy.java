package com.massagetrainer.account;

import java.util.Locale;
import java.util.Optional;

/**
 * The password rule, in one place so registration, password change and the UI hint agree. Length matters most
 * (NIST SP 800-63B); a mix of letters and non-letters rules out the commonest all-letter and all-digit choices.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    public static final String HINT = "At least " + MIN_LENGTH + " characters, with letters and at least one digit or symbol.";

    private PasswordPolicy() {
    }

    /** The reason the password is too weak, or empty when it is acceptable. */
    public static Optional<String> weakness(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean other = password.chars().anyMatch(c -> !Character.isLetter(c));
        if (!letter || !other) {
            return Optional.of("Mix letters with at least one digit or symbol.");
        }
        if (password.chars().distinct().count() < 4) {
            return Optional.of("Use more different characters.");
        }
        if (email != null && !email.isBlank()) {
            String local = email.toLowerCase(Locale.ROOT).split("@")[0];
            if (local.length() >= 4 && password.toLowerCase(Locale.ROOT).contains(local)) {
                return Optional.of("Don't use your email address in the password.");
            }
        }
        return Optional.empty();
    }
}
