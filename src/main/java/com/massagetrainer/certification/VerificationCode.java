package com.massagetrainer.certification;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Certificate codes: 80 random bits as 16 characters of Crockford's base 32 (no I, L, O, U, so nothing is misread),
 * shown in groups of four: {@code 7K3Q-9XWD-M2TB-F8RA}. Typing is forgiving: case, spaces and dashes do not matter,
 * and O/I/L are read as 0/1/1. Plain Java; the random source is injected.
 */
public final class VerificationCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 16;

    private VerificationCode() {
    }

    /** A new code, grouped for reading. */
    public static String generate(RandomGenerator random) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The grouped form of what someone typed, or null when it cannot be a code. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String plain = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (plain.length() != LENGTH || !plain.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return null;
        }
        return plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8, 12) + "-"
                + plain.substring(12);
    }
}
