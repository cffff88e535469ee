package com.massagetrainer.progress;

import com.massagetrainer.account.CurrentUser;
import com.massagetrainer.quiz.QuizRuleException;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.quiz.QuizSpec;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Spaced-repetition review for the signed-in student: how many questions are due, and a session of them. */
@Service
@Transactional
public class ReviewService {

    /** A review session asks at most this many of the due questions, most overdue first. */
    public static final int SESSION_SIZE = 20;
    /** The forecast shows today and this many days after it. */
    public static final int FORECAST_DAYS = 14;

    private final QuestionScheduleRepository cards;
    private final QuizService quizzes;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    ReviewService(QuestionScheduleRepository cards, QuizService quizzes, CurrentUser currentUser, Clock clock,
                  JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.cards = cards;
        this.quizzes = quizzes;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public long dueCount() {
        return cards.countDue(currentUser.requireId(), clock.instant());
    }

    @Transactional(readOnly = true)
    public List<String> dueQuestions() {
        return cards.dueQuestions(currentUser.requireId(), clock.instant(), PageRequest.of(0, SESSION_SIZE));
    }

    /**
     * The questions due before {@code until}, most overdue first, at most {@code limit} of them: the study plan
     * reviews on a study day what would fall due on the rest days after it.
     */
    @Transactional(readOnly = true)
    public List<String> dueBefore(java.time.Instant until, int limit) {
        return limit < 1 ? List.of() : cards.dueQuestions(currentUser.requireId(), until, PageRequest.of(0, limit));
    }

    /**
     * Starts a practice quiz of the due questions, most overdue first, with same-day relearning (a question missed
     * comes back a few questions later); returns the attempt id.
     */
    public long startReview() {
        List<String> due = dueQuestions();
        if (due.isEmpty()) {
            throw new QuizRuleException("Nothing is due for review. Questions come back here as you forget them.");
        }
        return quizzes.startWithRelearning(QuizSpec.ofQuestions("Review: " + due.size() + " due questions", due));
    }

    /** Reviews due on one day of the forecast; the first day (today) includes everything overdue. */
    public record DueDay(LocalDate day, long due) {
    }

    /**
     * How many reviews fall due today (overdue ones included) and on each of the next {@link #FORECAST_DAYS} days,
     * counting days in {@code zone}. One aggregation in the database over the (user_id, due) index: a sum per day
     * range, so days are cut in the student's zone with no time-zone functions in SQL (they differ between H2 and
     * PostgreSQL).
     */
    @Transactional(readOnly = true)
    public List<DueDay> forecast(ZoneId zone) {
        long userId = currentUser.requireId();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        List<OffsetDateTime> ends = new ArrayList<>();
        for (int d = 0; d <= FORECAST_DAYS; d++) {
            ends.add(today.plusDays(d + 1L).atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
        }
        StringBuilder sql = new StringBuilder("select sum(case when due < ? then 1 else 0 end)");
        List<Object> args = new ArrayList<>(List.of(ends.get(0)));
        for (int d = 1; d <= FORECAST_DAYS; d++) {
            sql.append(", sum(case when due >= ? and due < ? then 1 else 0 end)");
            args.add(ends.get(d - 1));
            args.add(ends.get(d));
        }
        sql.append(" from review_schedule where user_id = ? and due < ?");
        args.add(userId);
        args.add(ends.get(FORECAST_DAYS));
        return jdbc.query(sql.toString(), rs -> {
            List<DueDay> days = new ArrayList<>();
            rs.next();
            for (int d = 0; d <= FORECAST_DAYS; d++) {
                days.add(new DueDay(today.plusDays(d), rs.getLong(d + 1)));
            }
            return days;
        }, args.toArray());
    }
}
