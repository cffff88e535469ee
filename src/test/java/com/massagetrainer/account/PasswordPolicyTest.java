package com.massagetrainer.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void acceptsLongMixedPasswords() {
        assertThat(PasswordPolicy.weakness("kneading-2026", "sam@x.org")).isEmpty();
    }

    @Test
    void rejectsShortAllLetterAllDigitAndRepetitivePasswords() {
        assertThat(PasswordPolicy.weakness("short-1", null)).contains("Use at least 10 characters.");
        assertThat(PasswordPolicy.weakness("onlyletterswords", null)).contains("Mix letters with at least one digit or symbol.");
        assertThat(PasswordPolicy.weakness("12345678901", null)).contains("Mix letters with at least one digit or symbol.");
        assertThat(PasswordPolicy.weakness("aaaaaaaaa1", null)).contains("Use more different characters.");
        assertThat(PasswordPolicy.weakness("x".repeat(129) + "1", null)).contains("Use at most 128 characters.");
    }

    @Test
    void rejectsPasswordContainingTheEmailName() {
        assertThat(PasswordPolicy.weakness("samantha-2026", "samantha@x.org"))
                .contains("Don't use your email address in the password.");
    }
}
