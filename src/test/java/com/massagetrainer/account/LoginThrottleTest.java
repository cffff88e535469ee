package com.massagetrainer.account;

import com.massagetrainer.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in throttle's rules, with its counters in the test database and the test clock. */
class LoginThrottleTest extends SpringTest {

    @Autowired
    LoginThrottle throttle;

    private final String account = "victim-" + UUID.randomUUID() + "@x.org";

    private void fail(String address, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(throttle.attempt(account, address)).as("attempt %d from %s", i + 1, address).isEmpty();
        }
    }

    @Test
    void twoFailuresFromAnAddressDoNotSlowItDownTheThirdMakesItWaitThirtySecondsThenLonger() {
        fail("10.0.0.1", 3);
        assertThat(throttle.attempt(account, "10.0.0.1")).contains(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(30));
        fail("10.0.0.1", 1);
        assertThat(throttle.attempt(account, "10.0.0.1")).contains(Duration.ofSeconds(60));
        clock.advance(Duration.ofSeconds(60));
        fail("10.0.0.1", 1);
        assertThat(throttle.attempt(account, "10.0.0.1")).contains(Duration.ofSeconds(120));
    }

    @Test
    void aGuesserAtOneAddressNeverKeepsTheOwnerOutAtAnother() {
        fail("10.0.0.1", 3);
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofMinutes(15));
            throttle.attempt(account, "10.0.0.1");
        }
        assertThat(throttle.attempt(account, "10.0.0.1")).isPresent();
        assertThat(throttle.attempt(account, "192.168.5.5")).isEmpty();
    }

    @Test
    void oneAddressFailingForManyAccountsDoesNotBlockTheOthersThere() {
        String classroom = "10.20.30.40";
        for (int i = 0; i < 40; i++) {
            assertThat(throttle.attempt("student" + i + "-" + UUID.randomUUID() + "@x.org", classroom)).isEmpty();
        }
        assertThat(throttle.attempt(account, classroom)).isEmpty();
    }

    @Test
    void theRightPasswordStartsTheCountAgain() {
        fail("10.0.0.1", 2);
        throttle.succeeded(account, "10.0.0.1");
        fail("10.0.0.1", 2);
        assertThat(throttle.attempt(account, "10.0.0.1")).isEmpty();
    }

    @Test
    void guessingFromEverChangingAddressesGetsAtMostOneHundredTriesAnHourAndNobodyWaitsLongerThan72Seconds() {
        Instant end = clock.instant().plus(Duration.ofHours(1));
        int tries = 0;
        int address = 0;
        Duration longestWait = Duration.ZERO;
        while (clock.instant().isBefore(end)) {
            Optional<Duration> wait = throttle.attempt(account, "172.16." + (address / 250) + "." + (address % 250));
            address++;
            if (wait.isEmpty()) {
                tries++;
            } else {
                longestWait = wait.get().compareTo(longestWait) > 0 ? wait.get() : longestWait;
                clock.advance(Duration.ofSeconds(6));
            }
        }
        assertThat(tries).isLessThanOrEqualTo(100).isGreaterThan(50);
        assertThat(longestWait).isLessThanOrEqualTo(Duration.ofSeconds(72));
        // The owner, at their own address, gets in after at most one interval.
        clock.advance(Duration.ofSeconds(72));
        assertThat(throttle.attempt(account, "192.168.5.5")).isEmpty();
    }

    @Test
    void parallelGuessesFromOneAddressCannotSlipPastTheCount() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<Duration>>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Callable<Optional<Duration>> attempt = () -> {
                start.await();
                return throttle.attempt(account, "10.0.0.9");
            };
            results.add(pool.submit(attempt));
        }
        start.countDown();
        int allowed = 0;
        for (Future<Optional<Duration>> r : results) {
            if (r.get().isEmpty()) {
                allowed++;
            }
        }
        pool.shutdown();
        // Two free attempts and the third (which sets the first wait): the other five must wait.
        assertThat(allowed).isEqualTo(3);
    }
}
