package com.massagetrainer.certification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits certificate lookups per client address (a fixed window), so codes cannot be enumerated: with 80-bit codes
 * and {@value #MAX_LOOKUPS} lookups per {@code WINDOW}, guessing one would take longer than the universe has existed.
 */
public final class LookupLimiter {

    static final int MAX_LOOKUPS = 30;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public LookupLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Counts a lookup; false when the address has used up its lookups for now. */
    public boolean tryLookup(String address) {
        Instant now = clock.instant();
        if (windows.size() > 50_000) {
            windows.values().removeIf(w -> now.isAfter(w.start.plus(WINDOW)));
        }
        Window w = windows.compute(address == null ? "?" : address, (k, old) ->
                old == null || now.isAfter(old.start.plus(WINDOW)) ? new Window(now) : old);
        synchronized (w) {
            return ++w.count <= MAX_LOOKUPS;
        }
    }

    private static final class Window {
        final Instant start;
        int count;

        Window(Instant start) {
            this.start = start;
        }
    }
}
