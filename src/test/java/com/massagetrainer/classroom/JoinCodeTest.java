package com.massagetrainer.classroom;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class JoinCodeTest {

    @Test
    void codesAreSixUnambiguousCharacters() {
        Random random = new Random(7);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = JoinCode.generate(random);
            assertThat(code).matches("[2-9A-HJKMNP-TV-Z]{3}-[2-9A-HJKMNP-TV-Z]{3}");
            seen.add(code);
        }
        assertThat(seen.size()).isGreaterThan(9_990);
        assertThat(JoinCode.ALPHABET).doesNotContain("0", "1", "I", "L", "O", "U");
    }

    @Test
    void typingIsForgiving() {
        assertThat(JoinCode.normalise(" k7m 2qx ")).isEqualTo("K7M-2QX");
        assertThat(JoinCode.normalise("K7M-2QX")).isEqualTo("K7M-2QX");
        assertThat(JoinCode.normalise("K7M-2Q")).isNull();
        assertThat(JoinCode.normalise("K7M-2Q0")).isNull();
        assertThat(JoinCode.normalise("' or 1=1 --")).isNull();
    }
}
