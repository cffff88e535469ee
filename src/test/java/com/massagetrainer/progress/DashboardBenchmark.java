package com.massagetrainer.progress;

import com.massagetrainer.classroom.ItemAnalysisService;
import org.flywaydb.core.Flyway;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * How one student's dashboard and due-review queries scale with the size of the database (10k, 100k, 1M answers
 * from many students). The measured student always has the same 600 answers; everyone else's grow. Prints a table
 * (median of repeated runs), and the same for the item analysis of one instructor's classes (always ten students).
 * Part P4 of the performance harness (docs/PERFORMANCE.md). Run on its own:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.massagetrainer.progress.DashboardBenchmark}
 */
public final class DashboardBenchmark {

    private static final int ITEMS_PER_ATTEMPT = 20;
    private static final int STUDENT_ANSWERS = 600;
    private static final int CLASS_SIZE = 10;
    private static final int ASSIGNMENTS_PER_CLASS = 3;
    private static final String[] TOPICS = {"gate-control", "parasympathetic", "circulation", "anatomy", "modalities",
            "strokes", "preparation", "self-massage", "absolute-contraindications", "cautions-referral",
            "causes-intake", "treatment-planning"};

    private DashboardBenchmark() {
    }

    /** Median milliseconds at one database size. */
    public record Result(int answers, int students, double topicDaysMs, double attemptsMs, double dueMs,
                         double dashboardMs, double itemAnalysisMs) {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[]{10_000, 100_000, 1_000_000};
        List<Result> results = measure(sizes);
        System.out.println("| answers in database | students | topic/day aggregate (ms) | finished attempts (ms) "
                + "| due count (ms) | whole dashboard (ms) | item analysis, one instructor (ms) |");
        System.out.println("|---|---|---|---|---|---|---|");
        Result base = results.get(0);
        for (Result r : results) {
            System.out.printf(java.util.Locale.ROOT, "| %,d | %,d | %.2f | %.2f | %.2f | %.2f (×%.2f) | %.2f (×%.2f) |%n",
                    r.answers(), r.students(), r.topicDaysMs(), r.attemptsMs(), r.dueMs(), r.dashboardMs(),
                    r.dashboardMs() / base.dashboardMs(), r.itemAnalysisMs(), r.itemAnalysisMs() / base.itemAnalysisMs());
        }
    }

    /** Fills and measures each size in turn, after a discarded warm-up round at the first size (JIT, caches). */
    public static List<Result> measure(int... sizes) throws Exception {
        run(sizes[0]);
        List<Result> results = new ArrayList<>();
        for (int size : sizes) {
            double[] t = run(size);
            results.add(new Result(size, students(size), t[0], t[1], t[2], t[3], t[4]));
            System.out.printf(java.util.Locale.ROOT, "  %,d answers: dashboard %.2f ms, item analysis %.2f ms%n", size,
                    t[3], t[4]);
        }
        return results;
    }

    static int students(int answers) {
        return Math.max(10, answers / 1000);
    }

    private static double[] run(int answers) throws Exception {
        Path dir = Path.of("target", "benchmark", "db-" + answers);
        Files.createDirectories(dir);
        // H2 would otherwise hand back the previous result of an identical query on an unchanged database. The
        // app's WRITE_DELAY=0 (durability) is left out: filling a million rows that way grows the file to many GB.
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("bench") + ";OPTIMIZE_REUSE_RESULTS=FALSE";
        Flyway.configure().dataSource(url, "sa", "").cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(url, "sa", "").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.setAutoCommit(false);
            fill(c, answers);
            c.commit();
            try (var st = c.createStatement()) {
                st.execute("analyze");
            }
            long student = 1;
            Instant now = Instant.parse("2026-11-01T12:00:00Z");
            double[] result = new double[5];
            for (int i = 0; i < 5; i++) {
                result[i] = median(c, i, student, now, students(answers) + 1);
            }
            return result;
        } finally {
            // A million answers take a few hundred MB; keep only the figures.
            org.springframework.util.FileSystemUtils.deleteRecursively(dir);
        }
    }

    private static double median(Connection c, int which, long student, Instant now, long instructor)
            throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 41; i++) {
            long start = System.nanoTime();
            if (which == 0 || which == 3) {
                consume(c, ProgressService.TOPIC_DAYS_SQL, student, null);
            }
            if (which == 1 || which == 3) {
                consume(c, ProgressService.FINISHED_ATTEMPTS_SQL, student, null);
            }
            if (which == 2 || which == 3) {
                consume(c, "select count(*) from review_schedule where user_id = ? and due <= ?", student, now);
            }
            if (which == 4) {
                consume(c, ItemAnalysisService.RESPONSES_SQL + ItemAnalysisService.OF_INSTRUCTOR, instructor, null);
            }
            if (i > 0) {
                times.add((System.nanoTime() - start) / 1e6);
            }
        }
        times.sort(Double::compare);
        return times.get(times.size() / 2);
    }

    private static void consume(Connection c, String sql, long student, Instant now) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, student);
            if (now != null) {
                ps.setTimestamp(2, Timestamp.from(now));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getObject(1);
                }
            }
        }
    }

    private static void fill(Connection c, int answers) throws Exception {
        Instant t0 = Instant.parse("2026-08-01T08:00:00Z");
        try (PreparedStatement topic = c.prepareStatement("insert into topic values (?, ?, 'd', 'a', 8, ?, true)");
             PreparedStatement q = c.prepareStatement("insert into question values (?, ?, 1, true)");
             PreparedStatement v = c.prepareStatement("insert into question_version (question_id, version, content_hash, "
                     + "type, difficulty, cognitive, content, created_at) values (?, 1, 'h', 'SINGLE', 1, 'RECALL', '{}', ?)")) {
            for (int t = 0; t < TOPICS.length; t++) {
                topic.setString(1, TOPICS[t]);
                topic.setString(2, TOPICS[t]);
                topic.setInt(3, t);
                topic.executeUpdate();
                for (int k = 1; k <= 25; k++) {
                    String id = TOPICS[t] + "-" + k;
                    q.setString(1, id);
                    q.setString(2, TOPICS[t]);
                    q.executeUpdate();
                    v.setString(1, id);
                    v.setTimestamp(2, Timestamp.from(t0));
                    v.executeUpdate();
                }
            }
        }
        int students = students(answers);
        try (PreparedStatement u = c.prepareStatement("insert into app_user (email, display_name, password_hash, role, "
                + "enabled, created_at) values (?, 'S', 'x', 'STUDENT', true, ?)")) {
            for (int s = 1; s <= students; s++) {
                u.setString(1, "s" + s + "@bench");
                u.setTimestamp(2, Timestamp.from(t0));
                u.addBatch();
            }
            u.executeBatch();
        }
        // Classes of ten students (so the smallest database holds one full class), one instructor each, three
        // assignments per class; about a third of all attempts are assignment attempts.
        int classes = (students + CLASS_SIZE - 1) / CLASS_SIZE;
        try (PreparedStatement u = c.prepareStatement("insert into app_user (email, display_name, password_hash, role, "
                + "enabled, created_at) values (?, 'I', 'x', 'INSTRUCTOR', true, ?)");
             PreparedStatement k = c.prepareStatement("insert into classroom (instructor_id, name, join_code, "
                     + "created_at) values (?, 'Class', ?, ?)");
             PreparedStatement a = c.prepareStatement("insert into assignment (classroom_id, title, topics, "
                     + "question_count, mode, opens_at, due_at, attempts_allowed, show_review, created_at) values "
                     + "(?, 'Homework', '[]', 20, 'PRACTICE', ?, ?, 3, true, ?)")) {
            for (int k2 = 1; k2 <= classes; k2++) {
                u.setString(1, "i" + k2 + "@bench");
                u.setTimestamp(2, Timestamp.from(t0));
                u.executeUpdate();
                k.setLong(1, students + k2);
                k.setString(2, "J" + k2);
                k.setTimestamp(3, Timestamp.from(t0));
                k.executeUpdate();
                for (int n = 0; n < ASSIGNMENTS_PER_CLASS; n++) {
                    a.setLong(1, k2);
                    a.setTimestamp(2, Timestamp.from(t0));
                    a.setTimestamp(3, Timestamp.from(t0.plus(120, ChronoUnit.DAYS)));
                    a.setTimestamp(4, Timestamp.from(t0));
                    a.executeUpdate();
                }
            }
        }
        PreparedStatement assigned = c.prepareStatement("insert into assignment_attempt (attempt_id, assignment_id, "
                + "student_id) values (?, ?, ?)");
        Random random = new Random(answers);
        PreparedStatement attempt = c.prepareStatement("insert into attempt (user_id, mode, title, spec, seed, "
                + "question_count, pass_mark, started_at, finished_at, status, score, passed) values "
                + "(?, 'PRACTICE', 'Bench', '{}', 1, 20, 70, ?, ?, 'SUBMITTED', ?, ?)", new String[]{"ID"});
        PreparedStatement item = c.prepareStatement("insert into attempt_item (attempt_id, position, question_id, "
                + "question_version_id, topic_id, presentation, response, score, answered_at, flagged) "
                + "values (?, ?, ?, ?, ?, '[]', '[\"a\"]', ?, ?, false)");
        PreparedStatement schedule = c.prepareStatement("merge into review_schedule key (user_id, question_id) values "
                + "(?, ?, 'REVIEW', null, 2.3, 5.0, ?, ?, 1, 0)");
        int written = 0;
        int studentOneLeft = STUDENT_ANSWERS;
        while (written < answers) {
            long user = studentOneLeft > 0 ? 1 : 2 + random.nextInt(students - 1);
            Instant start = t0.plus(random.nextInt(90), ChronoUnit.DAYS).plusSeconds(random.nextInt(36_000));
            attempt.setLong(1, user);
            attempt.setTimestamp(2, Timestamp.from(start));
            attempt.setTimestamp(3, Timestamp.from(start.plusSeconds(900)));
            attempt.setDouble(4, 70);
            attempt.setBoolean(5, true);
            attempt.executeUpdate();
            long attemptId;
            try (ResultSet keys = attempt.getGeneratedKeys()) {
                keys.next();
                attemptId = keys.getLong(1);
            }
            if (random.nextInt(3) == 0) {
                long classroom = (user - 1) / CLASS_SIZE;
                assigned.setLong(1, attemptId);
                assigned.setLong(2, classroom * ASSIGNMENTS_PER_CLASS + 1 + random.nextInt(ASSIGNMENTS_PER_CLASS));
                assigned.setLong(3, user);
                assigned.executeUpdate();
            }
            for (int p = 1; p <= ITEMS_PER_ATTEMPT; p++) {
                int t = random.nextInt(TOPICS.length);
                int k = 1 + random.nextInt(25);
                String qid = TOPICS[t] + "-" + k;
                item.setLong(1, attemptId);
                item.setInt(2, p);
                item.setString(3, qid);
                item.setLong(4, t * 25L + k);
                item.setString(5, TOPICS[t]);
                item.setDouble(6, random.nextDouble() < 0.7 ? 1 : 0);
                item.setTimestamp(7, Timestamp.from(start.plusSeconds(30L * p)));
                item.addBatch();
                schedule.setLong(1, user);
                schedule.setString(2, qid);
                schedule.setTimestamp(3, Timestamp.from(start.plus(random.nextInt(60), ChronoUnit.DAYS)));
                schedule.setTimestamp(4, Timestamp.from(start));
                schedule.addBatch();
            }
            item.executeBatch();
            schedule.executeBatch();
            written += ITEMS_PER_ATTEMPT;
            if (written % 20_000 == 0) {
                c.commit();
            }
            studentOneLeft -= ITEMS_PER_ATTEMPT;
        }
        attempt.close();
        assigned.close();
        item.close();
        schedule.close();
    }
}
