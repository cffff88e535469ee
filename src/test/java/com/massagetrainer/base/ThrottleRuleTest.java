package com.massagetrainer.base;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The two throttle rules as pure functions of their state and the time. */
class ThrottleRuleTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private final ThrottleRule.GrowingDelay growing = new ThrottleRule.GrowingDelay(2, Duration.ofSeconds(30),
            Duration.ofMinutes(15), Duration.ofHours(1));
    private final ThrottleRule.SteadyRate steady = new ThrottleRule.SteadyRate(50, Duration.ofSeconds(72));

    @Test
    void growingDelayLetsTwoGoThenDoublesFromThirtySecondsUpToFifteenMinutes() {
        ThrottleRule.State s = ThrottleRule.State.fresh();
        Instant now = T0;
        long[] expectedWaits = {0, 0, 30, 60, 120, 240, 480, 900, 900};
        for (long expected : expectedWaits) {
            assertThat(growing.waitBefore(s, now)).isEmpty();
            s = growing.counted(s, now);
            assertThat(growing.waitBefore(s, now).orElse(Duration.ZERO)).isEqualTo(Duration.ofSeconds(expected));
            now = now.plusSeconds(expected);
        }
    }

    @Test
    void growingDelayIsForgottenAfterAnHourWithoutAttempts() {
        ThrottleRule.State s = ThrottleRule.State.fresh();
        for (int i = 0; i < 3; i++) {
            s = growing.counted(s, T0);
        }
        Instant later = T0.plus(Duration.ofHours(1));
        assertThat(growing.waitBefore(s, later)).isEmpty();
        s = growing.counted(s, later);
        assertThat(s.count()).isEqualTo(1);
        assertThat(growing.waitBefore(s, later)).isEmpty();
    }

    @Test
    void steadyRateAllowsABurstThenOneAttemptPerIntervalAndNeverMakesAnyoneWaitLonger() {
        ThrottleRule.State s = ThrottleRule.State.fresh();
        for (int i = 0; i < 50; i++) {
            assertThat(steady.waitBefore(s, T0)).isEmpty();
            s = steady.counted(s, T0);
        }
        assertThat(steady.waitBefore(s, T0)).contains(Duration.ofSeconds(72));
        assertThat(steady.waitBefore(s, T0.plusSeconds(71))).contains(Duration.ofSeconds(1));
        assertThat(steady.waitBefore(s, T0.plusSeconds(72))).isEmpty();
    }

    @Test
    void steadyRateLetsAtMostOneHundredAttemptsThroughInAnyHourEvenWhenHammered() {
        ThrottleRule.State s = ThrottleRule.State.fresh();
        int inFirstHour = 0;
        int longestWait = 0;
        for (int second = 0; second < 3 * 3600; second++) {
            Instant now = T0.plusSeconds(second);
            var wait = steady.waitBefore(s, now);
            if (wait.isEmpty()) {
                s = steady.counted(s, now);
                if (second < 3600) {
                    inFirstHour++;
                }
            } else {
                longestWait = Math.max(longestWait, (int) wait.get().toSeconds());
            }
        }
        assertThat(inFirstHour).isBetween(90, 100);
        assertThat(longestWait).isLessThanOrEqualTo(72);
    }

    @Test
    void aRightAttemptGivesItsSlotBack() {
        ThrottleRule.State s = ThrottleRule.State.fresh();
        for (int i = 0; i < 50; i++) {
            s = steady.counted(s, T0);
        }
        s = steady.forgiven(s, T0).orElseThrow();
        assertThat(steady.waitBefore(s, T0)).isEmpty();
        assertThat(growing.forgiven(growing.counted(ThrottleRule.State.fresh(), T0), T0)).isEmpty();
    }
}
