package com.massagetrainer.guest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Deletes guests who did not register within a day, with everything they did. Every app server runs it (the project
 * has no ShedLock): it only deletes rows that match "guest older than a day", so running it twice, or on two
 * servers at once, deletes nothing more and leaves nothing half-done (one transaction). A claimed guest is
 * a student by then and is never matched.
 */
@Component
public class GuestCleanup {

    static final Duration KEPT_FOR = Duration.ofHours(24);

    // Children before parents. Guests reach only practice quizzes (and may report a question from one); the other
    // tables that point at users or attempts (classes, assignments, certification) are out of a guest's reach.
    private static final List<String> DELETES = List.of(
            "delete from question_report where attempt_id in (select id from attempt where user_id = ?)",
            "delete from question_report where reporter_id = ?",
            "delete from attempt_item where attempt_id in (select id from attempt where user_id = ?)",
            "delete from attempt where user_id = ?",
            "delete from review_schedule where user_id = ?",
            "delete from held_review where user_id = ?",
            "delete from start_lock where user_id = ?",
            "delete from app_user where id = ? and role = 'GUEST'");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    GuestCleanup(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Returns how many guests were deleted. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    @Transactional
    public int deleteUnclaimedGuests() {
        List<Long> expired = jdbc.queryForList("select id from app_user where role = 'GUEST' and created_at < ?",
                Long.class, Timestamp.from(clock.instant().minus(KEPT_FOR)));
        for (Long id : expired) {
            for (String sql : DELETES) {
                jdbc.update(sql, id);
            }
        }
        return expired.size();
    }
}
