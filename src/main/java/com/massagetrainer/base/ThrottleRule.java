package com.massagetrainer.base;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How one counter of guesses (sign-in passwords, class join codes) slows them down. Pure: the state goes in, the
 * decision and the next state come out; {@link AttemptLimits} keeps the state in the database so that every app server
 * sees the same counts. Every attempt is counted before it is checked ("count first, forgive on success"), so a
 * burst of parallel guesses cannot slip through before the first failure is recorded.
 */
public sealed interface ThrottleRule {

    /** One counter: attempts counted, when the last one was made, and the rule's own moment (see each rule). */
    record State(int count, Instant lastAt, Instant until) {
        public static State fresh() {
            return new State(0, null, Instant.EPOCH);
        }
    }

    /** How long the next attempt must still wait; empty when it may go ahead now. */
    Optional<Duration> waitBefore(State state, Instant now);

    /** The state after an attempt is counted (the caller checked {@link #waitBefore} first). */
    State counted(State state, Instant now);

    /** The state after the attempt turned out right; empty means the counter can be forgotten. */
    Optional<State> forgiven(State state, Instant now);

    /**
     * Free attempts, then a wait that doubles with every further attempt, up to a ceiling: the 1st attempt over the free
     * ones waits {@code firstDelay}, the next twice that, and so on. The count is forgotten after {@code forgetAfter} without
     * attempts, and by a right attempt. {@code until} is the moment the next attempt may be made.
     */
    record GrowingDelay(int free, Duration firstDelay, Duration maxDelay, Duration forgetAfter) implements ThrottleRule {

        @Override
        public Optional<Duration> waitBefore(State state, Instant now) {
            return positive(Duration.between(now, state.until()));
        }

        @Override
        public State counted(State state, Instant now) {
            boolean forgotten = state.lastAt() == null || !now.isBefore(state.lastAt().plus(forgetAfter));
            int count = (forgotten ? 0 : state.count()) + 1;
            return new State(count, now, now.plus(delayAfter(count)));
        }

        @Override
        public Optional<State> forgiven(State state, Instant now) {
            return Optional.empty();
        }

        /** The wait imposed after the n-th counted attempt. */
        Duration delayAfter(int n) {
            if (n <= free) {
                return Duration.ZERO;
            }
            int doublings = Math.min(n - free - 1, 30);
            Duration delay = firstDelay.multipliedBy(1L << doublings);
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }

    /**
     * A steady ceiling that slows but never locks: up to {@code burst} attempts at once, then one per {@code interval}
     * (the generic cell rate algorithm). In any hour at most {@code burst + 1 h / interval} attempts get through, and
     * nobody ever waits longer than one interval. {@code until} is the algorithm's theoretical arrival time.
     */
    record SteadyRate(int burst, Duration interval) implements ThrottleRule {

        private Duration tolerance() {
            return interval.multipliedBy(burst - 1L);
        }

        @Override
        public Optional<Duration> waitBefore(State state, Instant now) {
            return positive(Duration.between(now, state.until().minus(tolerance())));
        }

        @Override
        public State counted(State state, Instant now) {
            Instant base = state.until().isAfter(now) ? state.until() : now;
            return new State(state.count() + 1, now, base.plus(interval));
        }

        @Override
        public Optional<State> forgiven(State state, Instant now) {
            // A right attempt gives its slot back, so the owner's own sign-ins never use up the ceiling.
            Instant back = state.until().minus(interval);
            return Optional.of(new State(Math.max(0, state.count() - 1), state.lastAt(), back.isAfter(now) ? back : now));
        }
    }

    private static Optional<Duration> positive(Duration d) {
        return d.isNegative() || d.isZero() ? Optional.empty() : Optional.of(d);
    }
}
