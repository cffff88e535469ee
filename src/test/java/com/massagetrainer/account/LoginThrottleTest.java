package com.massagetrainer.account;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-03-01T09:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void advance(Duration d) {
        now = now.plus(d);
    }

    @Test
    void twoFailuresDoNotSlowDown() {
        throttle.failed("a@x.org", "10.0.0.1");
        throttle.failed("a@x.org", "10.0.0.1");
        assertThat(throttle.waitBefore("a@x.org", "10.0.0.1")).isEmpty();
    }

    @Test
    void thirdAndFourthFailureSlowDownThenFifthLocksForFifteenMinutes() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("a@x.org", "10.0.0.1");
        }
        assertThat(throttle.waitBefore("a@x.org", "10.0.0.9")).contains(Duration.ofSeconds(30));
        advance(Duration.ofSeconds(30));
        assertThat(throttle.waitBefore("a@x.org", "10.0.0.9")).isEmpty();
        throttle.failed("a@x.org", "10.0.0.1");
        assertThat(throttle.waitBefore("a@x.org", null)).contains(Duration.ofSeconds(60));
        advance(Duration.ofSeconds(60));
        throttle.failed("a@x.org", "10.0.0.1");
        assertThat(throttle.waitBefore("a@x.org", null)).contains(Duration.ofMinutes(15));
        advance(Duration.ofMinutes(14));
        assertThat(throttle.waitBefore("a@x.org", null)).contains(Duration.ofMinutes(1));
        advance(Duration.ofMinutes(1));
        assertThat(throttle.waitBefore("a@x.org", null)).isEmpty();
        // After the lock, the count starts again: one more failure does not lock.
        throttle.failed("a@x.org", null);
        assertThat(throttle.waitBefore("a@x.org", null)).isEmpty();
    }

    @Test
    void otherAccountsAreNotAffected() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("a@x.org", null);
        }
        assertThat(throttle.waitBefore("b@x.org", null)).isEmpty();
    }

    @Test
    void successClearsTheAccountsFailures() {
        throttle.failed("a@x.org", null);
        throttle.failed("a@x.org", null);
        throttle.succeeded("a@x.org");
        throttle.failed("a@x.org", null);
        assertThat(throttle.waitBefore("a@x.org", null)).isEmpty();
    }

    @Test
    void oneAddressTryingManyAccountsIsLockedAfterTwentyFailures() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("user" + i + "@x.org", "10.0.0.7");
        }
        assertThat(throttle.waitBefore("new@x.org", "10.0.0.7")).isEmpty();
        throttle.failed("user19@x.org", "10.0.0.7");
        assertThat(throttle.waitBefore("new@x.org", "10.0.0.7")).contains(Duration.ofMinutes(15));
        assertThat(throttle.waitBefore("new@x.org", "10.0.0.8")).isEmpty();
    }

    @Test
    void anHourOfGuessingGetsFarFewerThanOneHundredTries() {
        int tries = 0;
        Instant end = now.plus(Duration.ofHours(1));
        while (now.isBefore(end)) {
            if (throttle.waitBefore("victim@x.org", "10.0.0.1").isEmpty()) {
                throttle.failed("victim@x.org", "10.0.0.1");
                tries++;
            }
            advance(Duration.ofSeconds(1));
        }
        assertThat(tries).isLessThanOrEqualTo(20);
    }
}
