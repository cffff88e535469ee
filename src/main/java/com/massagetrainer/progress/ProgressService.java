package com.massagetrainer.progress;

import com.massagetrainer.account.CurrentUser;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.bank.Topic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A student's progress, aggregated in the database (answers per topic and day, finished attempts) and turned into
 * mastery, readiness, trend and activity by the plain classes. A student reads only their own progress.
 */
@Service
@Transactional(readOnly = true)
public class ProgressService {

    static final int ACTIVITY_DAYS = 30;
    /** Answers and points per topic and day for one student (join through the attempt_user_idx index). */
    static final String TOPIC_DAYS_SQL = """
            select i.topic_id, cast(i.answered_at as date) as answer_day, count(*) as answers, sum(i.score) as points
            from attempt_item i join attempt a on a.id = i.attempt_id
            where a.user_id = ? and i.answered_at is not null
            group by i.topic_id, cast(i.answered_at as date)""";
    /** One student's finished attempts, for the trend and the time spent. */
    static final String FINISHED_ATTEMPTS_SQL = """
            select id, title, started_at, finished_at, score from attempt
            where user_id = ? and finished_at is not null order by finished_at""";

    private final JdbcTemplate jdbc;
    private final BankCatalog bank;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final int passMark;

    ProgressService(JdbcTemplate jdbc, BankCatalog bank, CurrentUser currentUser, Clock clock, @Value("${trainer.quiz.pass-mark:70}") int passMark) {
        this.jdbc = jdbc;
        this.bank = bank;
        this.currentUser = currentUser;
        this.clock = clock;
        this.passMark = passMark;
    }

    public Dashboard myDashboard() {
        return dashboardOf(currentUser.requireId());
    }

    /** The dashboard of a student; only that student may read it (instructors come with classes). */
    public Dashboard dashboardOf(long userId) {
        if (userId != currentUser.requireId()) {
            throw new AccessDeniedException("This progress belongs to someone else.");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<String, List<TopicMastery.Day>> byTopic = new HashMap<>();
        TreeMap<LocalDate, Long> perDay = new TreeMap<>();
        jdbc.query(TOPIC_DAYS_SQL, rs -> {
            LocalDate day = rs.getDate("answer_day").toLocalDate();
            long answers = rs.getLong("answers");
            byTopic.computeIfAbsent(rs.getString("topic_id"), k -> new ArrayList<>())
                    .add(new TopicMastery.Day(day, answers, rs.getDouble("points")));
            perDay.merge(day, answers, Long::sum);
        }, userId);
        List<TopicMastery.Input> inputs = new ArrayList<>();
        for (Topic topic : bank.topics()) {
            inputs.add(new TopicMastery.Input(topic.getId(), topic.getName(), topic.getWeight(),
                    byTopic.getOrDefault(topic.getId(), List.of())));
        }
        List<TopicMastery> topics = TopicMastery.of(inputs, today);
        long answered = topics.stream().mapToLong(TopicMastery::answers).sum();
        double points = byTopic.values().stream().flatMap(List::stream).mapToDouble(TopicMastery.Day::points).sum();

        List<Dashboard.AttemptPoint> trend = new ArrayList<>();
        Duration[] spent = {Duration.ZERO};
        int[] quizzes = {0};
        jdbc.query(FINISHED_ATTEMPTS_SQL, rs -> {
            Timestamp started = rs.getTimestamp("started_at");
            Timestamp finished = rs.getTimestamp("finished_at");
            trend.add(new Dashboard.AttemptPoint(rs.getLong("id"), finished.toInstant(), rs.getString("title"),
                    rs.getDouble("score")));
            spent[0] = spent[0].plus(Duration.between(started.toInstant(), finished.toInstant()));
            quizzes[0]++;
        }, userId);

        List<Dashboard.DayCount> activity = new ArrayList<>();
        for (LocalDate d = today.minusDays(ACTIVITY_DAYS - 1); !d.isAfter(today); d = d.plusDays(1)) {
            activity.add(new Dashboard.DayCount(d, perDay.getOrDefault(d, 0L)));
        }
        Optional<Double> readiness = answered >= Dashboard.READINESS_MIN_ANSWERS
                ? Optional.of(Readiness.passProbability(topics, 100, passMark)) : Optional.empty();
        return new Dashboard(topics, answered, answered == 0 ? 0 : points / answered, quizzes[0], spent[0], trend,
                activity, streak(perDay, today), readiness, passMark);
    }

    /**
     * Mastery of every topic for each of these students, aggregated in one SQL query. For instructors; callers must
     * first check the students are in one of the instructor's classes (ClassroomService does).
     */
    @org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public Map<Long, List<TopicMastery>> masteryOf(java.util.Collection<Long> studentIds) {
        Map<Long, List<TopicMastery>> result = new java.util.LinkedHashMap<>();
        if (studentIds.isEmpty()) {
            return result;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<Long, Map<String, List<TopicMastery.Day>>> days = new HashMap<>();
        String ids = String.join(",", studentIds.stream().map(id -> Long.toString(id)).toList());
        jdbc.query("""
                select a.user_id, i.topic_id, cast(i.answered_at as date) as answer_day, count(*) as answers,
                       sum(i.score) as points
                from attempt_item i join attempt a on a.id = i.attempt_id
                where a.user_id in (""" + ids + """
                ) and i.answered_at is not null
                group by a.user_id, i.topic_id, cast(i.answered_at as date)""", rs -> {
            days.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                    .add(new TopicMastery.Day(rs.getDate(3).toLocalDate(), rs.getLong(4), rs.getDouble(5)));
        });
        List<Topic> topics = bank.topics();
        for (Long student : studentIds) {
            Map<String, List<TopicMastery.Day>> mine = days.getOrDefault(student, Map.of());
            List<TopicMastery.Input> inputs = topics.stream().map(t -> new TopicMastery.Input(t.getId(), t.getName(),
                    t.getWeight(), mine.getOrDefault(t.getId(), List.of()))).toList();
            result.put(student, TopicMastery.of(inputs, today));
        }
        return result;
    }

    /** Days in a row with at least one answer, ending today (or yesterday, if today has none yet). */
    static int streak(TreeMap<LocalDate, Long> perDay, LocalDate today) {
        LocalDate day = perDay.containsKey(today) ? today : today.minusDays(1);
        int streak = 0;
        while (perDay.getOrDefault(day, 0L) > 0) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }
}
