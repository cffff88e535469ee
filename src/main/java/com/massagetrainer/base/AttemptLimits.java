package com.massagetrainer.base;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Keeps {@link ThrottleRule} counters in the database (table attempt_limit) so the limits hold across app servers and
 * under parallel requests: an attempt locks its counter rows (in a fixed order, so two attempts cannot deadlock),
 * checks every rule and counts itself in one short transaction of its own. The counts survive the caller's
 * rollback: a refused join code must still count.
 */
@Component
public class AttemptLimits {

    /** One counter and the rule it follows. */
    public record Limit(String kind, String subject, ThrottleRule rule) {
        public Limit {
            subject = subject.length() > 400 ? subject.substring(0, 400) : subject;
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    AttemptLimits(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Counts an attempt against every limit if all of them allow it now; otherwise counts nothing and returns the
     * longest wait.
     */
    public Optional<Duration> attempt(List<Limit> limits) {
        List<Limit> ordered = ordered(limits);
        ordered.forEach(this::ensureRow);
        return ownTransaction.execute(tx -> {
            Instant now = clock.instant();
            List<ThrottleRule.State> states = new ArrayList<>();
            Duration wait = Duration.ZERO;
            for (Limit limit : ordered) {
                ThrottleRule.State state = lock(limit);
                states.add(state);
                Duration w = limit.rule().waitBefore(state, now).orElse(Duration.ZERO);
                wait = w.compareTo(wait) > 0 ? w : wait;
            }
            if (!wait.isZero()) {
                return Optional.of(wait);
            }
            for (int i = 0; i < ordered.size(); i++) {
                store(ordered.get(i), ordered.get(i).rule().counted(states.get(i), now));
            }
            return Optional.<Duration>empty();
        });
    }

    /** The attempt was right: each rule forgives it (a growing delay starts again, a rate gives its slot back). */
    public void succeeded(List<Limit> limits) {
        List<Limit> ordered = ordered(limits);
        ownTransaction.executeWithoutResult(tx -> {
            Instant now = clock.instant();
            for (Limit limit : ordered) {
                List<ThrottleRule.State> found = query(limit, " for update");
                if (found.isEmpty()) {
                    continue;
                }
                Optional<ThrottleRule.State> next = limit.rule().forgiven(found.get(0), now);
                if (next.isPresent()) {
                    store(limit, next.get());
                } else {
                    jdbc.update("delete from attempt_limit where limit_kind = ? and subject = ?", limit.kind(),
                            limit.subject());
                }
            }
        });
    }

    /** Counters untouched for a day hold nothing any rule still needs (the longest wait is well under that). */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    public void forgetOldCounters() {
        jdbc.update("delete from attempt_limit where last_attempt_at < ? and until_at < ?",
                Timestamp.from(clock.instant().minus(Duration.ofDays(1))), Timestamp.from(clock.instant()));
    }

    private static List<Limit> ordered(List<Limit> limits) {
        return limits.stream().sorted(Comparator.comparing(Limit::kind).thenComparing(Limit::subject)).toList();
    }

    // A row must exist before it can be locked. Inserted in a transaction of its own: on PostgreSQL a duplicate-key
    // error would abort the surrounding transaction, and a parallel attempt may insert the same row first.
    private void ensureRow(Limit limit) {
        if (read(limit).isPresent()) {
            return;
        }
        try {
            ownTransaction.executeWithoutResult(tx -> jdbc.update("""
                    insert into attempt_limit (limit_kind, subject, attempt_count, last_attempt_at, until_at)
                    values (?, ?, 0, ?, ?)""", limit.kind(), limit.subject(), Timestamp.from(clock.instant()),
                    Timestamp.from(Instant.EPOCH)));
        } catch (DuplicateKeyException alreadyThere) {
            // Another attempt created it: fine, it is there to lock.
        }
    }

    private ThrottleRule.State lock(Limit limit) {
        List<ThrottleRule.State> found = query(limit, " for update");
        // Deleted by the clean-up in the instant between insert and lock: a fresh counter is what it held anyway.
        return found.isEmpty() ? ThrottleRule.State.fresh() : found.get(0);
    }

    private Optional<ThrottleRule.State> read(Limit limit) {
        return query(limit, "").stream().findFirst();
    }

    private List<ThrottleRule.State> query(Limit limit, String suffix) {
        return jdbc.query("select attempt_count, last_attempt_at, until_at from attempt_limit "
                        + "where limit_kind = ? and subject = ?" + suffix,
                (rs, n) -> new ThrottleRule.State(rs.getInt(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant()), limit.kind(), limit.subject());
    }

    private void store(Limit limit, ThrottleRule.State state) {
        Timestamp last = Timestamp.from(state.lastAt() == null ? clock.instant() : state.lastAt());
        int updated = jdbc.update("update attempt_limit set attempt_count = ?, last_attempt_at = ?, until_at = ? "
                        + "where limit_kind = ? and subject = ?", state.count(), last, Timestamp.from(state.until()),
                limit.kind(), limit.subject());
        if (updated == 0) {
            jdbc.update("insert into attempt_limit (limit_kind, subject, attempt_count, last_attempt_at, until_at) "
                    + "values (?, ?, ?, ?, ?)", limit.kind(), limit.subject(), state.count(), last,
                    Timestamp.from(state.until()));
        }
    }
}
