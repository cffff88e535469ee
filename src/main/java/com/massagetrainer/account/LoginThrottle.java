package com.massagetrainer.account;

import com.massagetrainer.base.AttemptLimits;
import com.massagetrainer.base.ThrottleRule;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Slows down password guessing without letting anyone lock an account's owner out.
 * <ul>
 * <li>Per account and client address: two free failures, then a wait of 30 s that doubles with each further failure
 * up to 15 minutes. A guesser slows only themself: the owner at another address (or the same classroom's other
 * students, who share an address but not the account) is not affected.</li>
 * <li>Per account, from all addresses together: 50 failures at once, then one per 72 s, so at most 100 failed
 * attempts an hour (OWASP ASVS V2.2.1) even from many addresses. It slows but never locks: no one waits more than
 * 72 s, and a right password gives its slot back.</li>
 * </ul>
 * There is deliberately no limit per address alone: one classroom shares one address. The counters live in the
 * database ({@link AttemptLimits}), so they hold across app servers.
 */
@Component
public class LoginThrottle {

    static final ThrottleRule PER_ACCOUNT_AND_ADDRESS = new ThrottleRule.GrowingDelay(2, Duration.ofSeconds(30),
            Duration.ofMinutes(15), Duration.ofHours(1));
    static final ThrottleRule PER_ACCOUNT = new ThrottleRule.SteadyRate(50, Duration.ofSeconds(72));

    private final AttemptLimits limits;

    LoginThrottle(AttemptLimits limits) {
        this.limits = limits;
    }

    /** Counts a sign-in attempt, or says how long to wait first (and then counts nothing). */
    public Optional<Duration> attempt(String account, String address) {
        return limits.attempt(of(account, address));
    }

    /** The password was right: the counters forgive the attempt. */
    public void succeeded(String account, String address) {
        limits.succeeded(of(account, address));
    }

    private static List<AttemptLimits.Limit> of(String account, String address) {
        String from = address == null || address.isBlank() ? "unknown" : address;
        return List.of(new AttemptLimits.Limit("sign-in", account + " " + from, PER_ACCOUNT_AND_ADDRESS),
                new AttemptLimits.Limit("sign-in-account", account, PER_ACCOUNT));
    }
}
