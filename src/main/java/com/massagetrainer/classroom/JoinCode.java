package com.massagetrainer.classroom;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Class join codes: six characters from an alphabet without look-alikes (no 0/O, 1/I/L, U), shown as {@code K7M-2QX}:
 * short enough to read out in a classroom, about 30 bits so they cannot be guessed in practice (and an instructor
 * can regenerate one that leaked). Typing ignores case, spaces and the dash. Plain Java.
 */
public final class JoinCode {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 6;

    private JoinCode() {
    }

    public static String generate(RandomGenerator random) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i == 3) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The stored form of what a student typed, or null when it cannot be a join code. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String plain = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (plain.length() != LENGTH || !plain.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return null;
        }
        return plain.substring(0, 3) + "-" + plain.substring(3);
    }
}
