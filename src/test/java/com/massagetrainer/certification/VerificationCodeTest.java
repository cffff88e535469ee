package com.massagetrainer.certification;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class VerificationCodeTest {

    @Test
    void codesAreSixteenUnambiguousCharactersInGroupsOfFourCarryingEightyBits() {
        String code = VerificationCode.generate(new SecureRandom());
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
        assertThat(VerificationCode.ALPHABET).hasSize(32).doesNotContain("I", "L", "O", "U");
        // 16 symbols of a 32-letter alphabet: 16 * log2(32) = 80 bits.
        assertThat(VerificationCode.LENGTH * (Math.log(VerificationCode.ALPHABET.length()) / Math.log(2))).isEqualTo(80.0);
    }

    @Test
    void aHundredThousandCodesAreAllDifferent() {
        Random random = new Random(1);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            codes.add(VerificationCode.generate(random));
        }
        assertThat(codes).hasSize(100_000);
    }

    @Test
    void typedCodesAreForgivingButStrict() {
        assertThat(VerificationCode.normalise("7k3q 9xwd-m2tb f8ra")).isEqualTo("7K3Q-9XWD-M2TB-F8RA");
        assertThat(VerificationCode.normalise("OIL0-0000-0000-0000")).isEqualTo("0110-0000-0000-0000");
        assertThat(VerificationCode.normalise("7K3Q-9XWD-M2TB")).isNull();
        assertThat(VerificationCode.normalise("7K3Q-9XWD-M2TB-F8RU")).isNull();
        assertThat(VerificationCode.normalise("'; drop table certificate; --")).isNull();
        assertThat(VerificationCode.normalise(null)).isNull();
    }

    @Test
    void lookupsAreLimitedPerAddressAndWindow() {
        Instant[] now = {Instant.parse("2026-01-01T00:00:00Z")};
        Clock clock = new Clock() {
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return now[0];
            }
        };
        LookupLimiter limiter = new LookupLimiter(clock);
        for (int i = 0; i < LookupLimiter.MAX_LOOKUPS; i++) {
            assertThat(limiter.tryLookup("10.0.0.1")).isTrue();
        }
        assertThat(limiter.tryLookup("10.0.0.1")).isFalse();
        assertThat(limiter.tryLookup("10.0.0.2")).isTrue();
        now[0] = now[0].plus(LookupLimiter.WINDOW).plusSeconds(1);
        assertThat(limiter.tryLookup("10.0.0.1")).isTrue();
    }
}
