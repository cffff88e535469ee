package com.massagetrainer.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down and then locks repeated failed sign-ins, per account and per client address, so passwords cannot be
 * guessed online. Per account: from the 3rd failure in a row the next try must wait (30 s, then 60 s), the 5th
 * locks the account for 15 minutes: about 20 guesses an hour at most. Per address: 20 failures within 15 minutes lock
 * the address for 15 minutes: at most 40 an hour, well under OWASP ASVS's 100 per hour. Plain Java, clock injected.
 */
public final class LoginThrottle {

    static final int ACCOUNT_LOCK_AFTER = 5;
    static final int ADDRESS_LOCK_AFTER = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 50_000;

    private final Clock clock;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this account or address must still wait before another try, if at all. */
    public Optional<Duration> waitBefore(String account, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        Failures a = account == null ? null : accounts.get(account);
        if (a != null) {
            wait = max(wait, a.waitUntil(now));
        }
        Failures b = address == null ? null : addresses.get(address);
        if (b != null) {
            wait = max(wait, b.waitUntil(now));
        }
        return wait.isZero() || wait.isNegative() ? Optional.empty() : Optional.of(wait);
    }

    public void failed(String account, String address) {
        Instant now = clock.instant();
        if (accounts.size() + addresses.size() > MAX_TRACKED) {
            accounts.values().removeIf(f -> f.expired(now));
            addresses.values().removeIf(f -> f.expired(now));
        }
        if (account != null) {
            accounts.computeIfAbsent(account, k -> new Failures()).record(now, ACCOUNT_LOCK_AFTER, true);
        }
        if (address != null) {
            addresses.computeIfAbsent(address, k -> new Failures()).record(now, ADDRESS_LOCK_AFTER, false);
        }
    }

    public void succeeded(String account) {
        if (account != null) {
            accounts.remove(account);
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Failures of one account or address within the current window. */
    private static final class Failures {
        private int count;
        private Instant firstAt;
        private Instant blockedUntil = Instant.MIN;

        synchronized void record(Instant now, int lockAfter, boolean slowDown) {
            if (firstAt == null || now.isAfter(firstAt.plus(WINDOW)) || now.isAfter(blockedUntil) && count >= lockAfter) {
                count = 0;
                firstAt = now;
            }
            count++;
            if (count >= lockAfter) {
                blockedUntil = now.plus(LOCK);
            } else if (slowDown && count >= 3) {
                blockedUntil = now.plusSeconds(30L << (count - 3));
            }
        }

        synchronized Duration waitUntil(Instant now) {
            return now.isBefore(blockedUntil) ? Duration.between(now, blockedUntil) : Duration.ZERO;
        }

        synchronized boolean expired(Instant now) {
            return now.isAfter(blockedUntil) && (firstAt == null || now.isAfter(firstAt.plus(WINDOW)));
        }
    }
}
