package com.massagetrainer.perf;

import org.flywaydb.core.Flyway;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The performance harness of docs/PERFORMANCE.md: P1–P5 side by side with a yardstick in one run, printed as a
 * table. Needs both production jars; {@code perf/run} builds them and starts this. Arguments choose the parts
 * (default all): {@code P1 P2 P3 P4 P5}. System properties: perf.sessions (P3, default 2000), perf.rampSeconds
 * (480), perf.holdSeconds (180), perf.p4Sizes (10000,1000000).
 */
public final class PerformanceHarness {

    static final String PASSWORD = "load-test-2026";
    static final Path TRAINER_JAR = Path.of("target", "massage-exam-trainer-0.1.0-SNAPSHOT.jar");
    static final Path HELLO_JAR = Path.of("perf", "hello-world", "target", "hello-world-1.0.jar");
    static final Path WORK = Path.of("target", "perf");
    static final int TRAINER_PORT = 18080;
    static final int HELLO_PORT = 18081;

    private final List<String> rows = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        Set<String> parts = args.length == 0 ? Set.of("P1", "P2", "P3", "P4", "P5") : Set.of(args);
        for (Path jar : List.of(TRAINER_JAR, HELLO_JAR)) {
            if (!Files.isRegularFile(jar)) {
                System.err.println("Missing " + jar + ": run perf/run, which builds both production jars first.");
                System.exit(2);
            }
        }
        PerformanceHarness harness = new PerformanceHarness();
        if (parts.contains("P5")) {
            harness.startup();
        }
        if (parts.contains("P1")) {
            harness.heapPerSession();
        }
        if (parts.contains("P2")) {
            harness.cpuPerAnswer();
        }
        if (parts.contains("P4")) {
            harness.queriesAtScale();
        }
        if (parts.contains("P3")) {
            harness.concurrentTakers();
        }
        harness.print();
    }

    private void row(String what, String measured, String yardstick, String ratio, String goal, boolean met) {
        rows.add("| " + what + " | " + measured + " | " + yardstick + " | " + ratio + " | " + goal + " | "
                + (met ? "met" : "**not met**") + " |");
        System.out.println("  -> " + what + ": " + measured + " vs " + yardstick + " (" + ratio + ")");
    }

    private void print() throws IOException {
        List<String> table = new ArrayList<>();
        table.add("| measure | trainer | yardstick | ratio | goal | |");
        table.add("|---|---|---|---|---|---|");
        table.addAll(rows);
        System.out.println();
        table.forEach(System.out::println);
        Files.createDirectories(WORK);
        Files.write(WORK.resolve("results.md"), table);
    }

    // ---- P5: start to first page --------------------------------------------------------------------------------

    private void startup() throws Exception {
        System.out.println("P5: production jar start to first page, 5 alternating runs each");
        List<Double> fresh = new ArrayList<>();
        List<Double> restart = new ArrayList<>();
        List<Double> hello = new ArrayList<>();
        for (int run = 0; run < 5; run++) {
            Path dir = cleanDir("p5-trainer");
            try (AppProcess app = AppProcess.start(TRAINER_JAR, dir, TRAINER_PORT, trainerArguments())) {
                fresh.add(app.awaitFirstPage("login", Duration.ofMinutes(2)).toMillis() / 1000.0);
            }
            try (AppProcess app = AppProcess.start(TRAINER_JAR, dir, TRAINER_PORT, trainerArguments())) {
                restart.add(app.awaitFirstPage("login", Duration.ofMinutes(2)).toMillis() / 1000.0);
            }
            try (AppProcess app = AppProcess.start(HELLO_JAR, cleanDir("p5-hello"), HELLO_PORT, List.of())) {
                hello.add(app.awaitFirstPage("", Duration.ofMinutes(2)).toMillis() / 1000.0);
            }
            System.out.printf("  run %d: trainer new install %.2f s, restart %.2f s, hello world %.2f s%n", run + 1,
                    fresh.get(run), restart.get(run), hello.get(run));
        }
        double h = median(hello);
        row("P5 start to first page, new install (s, median of 5)", fmt(median(fresh)), fmt(h),
                ratio(median(fresh), h), "≤ 1.3×", median(fresh) / h <= 1.3);
        row("P5 start to first page, restart (s, median of 5)", fmt(median(restart)), fmt(h),
                ratio(median(restart), h), "≤ 1.3×", median(restart) / h <= 1.3);
    }

    // ---- P1: retained heap per active session ---------------------------------------------------------------------

    private void heapPerSession() throws Exception {
        System.out.println("P1: live heap with 0, 200 and 400 open sessions");
        int extra = 5;
        Path dir = cleanDir("p1-trainer");
        seedStudents(dir, 400 + extra);
        long[] trainer = new long[3];
        try (AppProcess app = AppProcess.start(TRAINER_JAR, dir, TRAINER_PORT, trainerArguments())) {
            app.awaitFirstPage("login", Duration.ofMinutes(2));
            HttpClient http = UidlClient.newHttpClient();
            List<ExamTaker> open = new ArrayList<>();
            for (int i = 0; i < extra; i++) { // warm-up: classes loaded, caches filled
                ExamTaker t = new ExamTaker(http, app.base);
                t.startMockExam(student(400 + i), PASSWORD);
                t.answer(false);
            }
            for (int step = 0; step < 3; step++) {
                while (open.size() < step * 200) {
                    ExamTaker t = new ExamTaker(http, app.base);
                    t.startMockExam(student(open.size()), PASSWORD);
                    t.answer(false);
                    open.add(t);
                }
                trainer[step] = app.liveHeapBytes();
                System.out.printf("  trainer, %d sessions in a mock exam: %,d bytes live%n", open.size(), trainer[step]);
            }
        }
        long[] hello = new long[3];
        try (AppProcess app = AppProcess.start(HELLO_JAR, cleanDir("p1-hello"), HELLO_PORT, List.of())) {
            app.awaitFirstPage("", Duration.ofMinutes(2));
            HttpClient http = UidlClient.newHttpClient();
            List<UidlClient> open = new ArrayList<>();
            for (int i = 0; i < extra; i++) {
                UidlClient tab = new UidlClient(http, app.base);
                tab.open("");
                tab.click("hello");
            }
            for (int step = 0; step < 3; step++) {
                while (open.size() < step * 200) {
                    UidlClient tab = new UidlClient(http, app.base);
                    tab.open("");
                    tab.click("hello");
                    open.add(tab);
                }
                hello[step] = app.liveHeapBytes();
                System.out.printf("  hello world, %d sessions: %,d bytes live%n", open.size(), hello[step]);
            }
        }
        double t = (trainer[2] - trainer[0]) / 400.0 / 1024;
        double h = (hello[2] - hello[0]) / 400.0 / 1024;
        System.out.printf("  per session: trainer %.1f KB (0→200: %.1f, 200→400: %.1f), hello world %.1f KB%n", t,
                (trainer[1] - trainer[0]) / 200.0 / 1024, (trainer[2] - trainer[1]) / 200.0 / 1024, h);
        row("P1 retained heap per session in a mock exam (KB)", fmt(t), fmt(h), ratio(t, h),
                "≤ 1.5× and ≤ 250 KB", t / h <= 1.5 && t <= 250);
    }

    // ---- P2: CPU per answered question ----------------------------------------------------------------------------

    private void cpuPerAnswer() throws Exception {
        System.out.println("P2: server CPU per answer (exam) vs per click (hello world), 3,000 each after 2,000 warm-up");
        int warmUp = 2000;
        int measured = 3000;
        Path dir = cleanDir("p2-trainer");
        seedStudents(dir, 2);
        double answerCpu;
        double answerAndNextCpu;
        try (AppProcess app = AppProcess.start(TRAINER_JAR, dir, TRAINER_PORT, trainerArguments())) {
            app.awaitFirstPage("login", Duration.ofMinutes(2));
            ExamTaker taker = new ExamTaker(UidlClient.newHttpClient(), app.base);
            taker.startMockExam(student(0), PASSWORD);
            while (!taker.answer(false)) {
                taker.next();
            }
            for (int i = 0; i < warmUp; i++) {
                taker.answer(i % 2 == 1);
            }
            double before = app.cpuSeconds();
            for (int i = 0; i < measured; i++) {
                taker.answer(i % 2 == 0);
            }
            answerCpu = (app.cpuSeconds() - before) / measured;
            // A whole question: answer it, then move on to the next one (which the server renders).
            ExamTaker second = new ExamTaker(UidlClient.newHttpClient(), app.base);
            second.startMockExam(student(1), PASSWORD);
            int answered = 0;
            before = app.cpuSeconds();
            for (int i = 0; i < 1000; i++) {
                if (second.answer(i / 100 % 2 == 1)) {
                    answered++;
                }
                second.next();
            }
            answerAndNextCpu = (app.cpuSeconds() - before) / 1000;
            System.out.printf("  answer and next: %d of 1,000 questions had options%n", answered);
        }
        double clickCpu;
        try (AppProcess app = AppProcess.start(HELLO_JAR, cleanDir("p2-hello"), HELLO_PORT, List.of())) {
            app.awaitFirstPage("", Duration.ofMinutes(2));
            UidlClient tab = new UidlClient(UidlClient.newHttpClient(), app.base);
            tab.open("");
            for (int i = 0; i < warmUp; i++) {
                tab.click("hello");
            }
            double before = app.cpuSeconds();
            for (int i = 0; i < measured; i++) {
                tab.click("hello");
            }
            clickCpu = (app.cpuSeconds() - before) / measured;
        }
        row("P2 server CPU per answered question (ms)", fmt(answerCpu * 1000), fmt(clickCpu * 1000),
                ratio(answerCpu, clickCpu), "≤ 1.5×", answerCpu / clickCpu <= 1.5);
        rows.add("| P2 (for information) answer + go to the next question (ms) | " + fmt(answerAndNextCpu * 1000)
                + " | " + fmt(clickCpu * 1000) + " | " + ratio(answerAndNextCpu, clickCpu) + " | – | |");
    }

    // ---- P4: queries at 1M answers vs 10k ------------------------------------------------------------------------

    private void queriesAtScale() throws Exception {
        System.out.println("P4: dashboard and item-analysis queries at 10k and 1M answers");
        int[] sizes = java.util.Arrays.stream(System.getProperty("perf.p4Sizes", "10000,1000000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        List<com.massagetrainer.progress.DashboardBenchmark.Result> results =
                com.massagetrainer.progress.DashboardBenchmark.measure(sizes);
        var small = results.get(0);
        var large = results.get(results.size() - 1);
        String label = String.format("%,dk vs %,dk answers", large.answers() / 1000, small.answers() / 1000);
        row("P4 one student's dashboard queries (ms), " + label, fmt(large.dashboardMs()), fmt(small.dashboardMs()),
                ratio(large.dashboardMs(), small.dashboardMs()), "≤ 2×",
                large.dashboardMs() / small.dashboardMs() <= 2);
        row("P4 item analysis of one instructor's classes (ms), " + label, fmt(large.itemAnalysisMs()),
                fmt(small.itemAnalysisMs()), ratio(large.itemAnalysisMs(), small.itemAnalysisMs()), "≤ 2×",
                large.itemAnalysisMs() / small.itemAnalysisMs() <= 2);
    }

    // ---- P3: many concurrent takers -------------------------------------------------------------------------------

    private void concurrentTakers() throws Exception {
        int sessions = Integer.getInteger("perf.sessions", 2000);
        Duration ramp = Duration.ofSeconds(Integer.getInteger("perf.rampSeconds", 480));
        Duration hold = Duration.ofSeconds(Integer.getInteger("perf.holdSeconds", 180));
        System.out.printf("P3: %,d concurrent mock-exam takers, ramp %s, hold %s, think time 30–90 s%n", sessions,
                ramp, hold);
        Path dir = cleanDir("p3-trainer");
        seedStudents(dir, sessions + 10);
        try (AppProcess app = AppProcess.start(TRAINER_JAR, dir, TRAINER_PORT, trainerArguments())) {
            app.awaitFirstPage("login", Duration.ofMinutes(2));
            LoadRun run = new LoadRun(app, sessions, ramp, hold);
            LoadRun.Report report = run.execute();
            report.print();
            row("P3 errors with " + String.format("%,d", report.sessionsStarted()) + " concurrent takers",
                    String.valueOf(report.errors()), "0", "–", "0", report.errors() == 0);
            row("P3 answer latency p50 / p95 (ms), all sessions open vs one student alone",
                    fmt(report.holdAnswers().p50()) + " / " + fmt(report.holdAnswers().p95()),
                    fmt(report.unloaded().p50()) + " / " + fmt(report.unloaded().p95()),
                    ratio(report.holdAnswers().p95(), report.unloaded().p95()) + " (p95)", "report", true);
            row("P3 next-question latency p50 / p95 (ms), all sessions open vs one student alone",
                    fmt(report.holdNexts().p50()) + " / " + fmt(report.holdNexts().p95()),
                    fmt(report.unloadedNext().p50()) + " / " + fmt(report.unloadedNext().p95()),
                    ratio(report.holdNexts().p95(), report.unloadedNext().p95()) + " (p95)", "report", true);
            rows.add("| P3 (for information) answer p50 / p95 over the whole run, ramp included (ms) | "
                    + fmt(report.loaded().p50()) + " / " + fmt(report.loaded().p95()) + " | | | | |");
            rows.add("| P3 (for information) sign in + open home + start the exam, p50 / p95 (ms) | "
                    + fmt(report.signInAndStart().p50()) + " / " + fmt(report.signInAndStart().p95()) + " | | | | |");
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    static List<String> trainerArguments() {
        return List.of("--spring.profiles.active=prod",
                "--trainer.bank.dir=" + Path.of("question-bank").toAbsolutePath());
    }

    static String student(int i) {
        return "load-" + i + "@perf.test";
    }

    /** Students with one known password, written before the app starts (registering 2,000 through the UI would
     * measure BCrypt and the registration form, not quizzes). The app's own migrations create the schema. */
    static void seedStudents(Path dir, int count) throws Exception {
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("data").resolve("trainer");
        Flyway.configure().dataSource(url, "sa", "").load().migrate();
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(10).encode(PASSWORD);
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             PreparedStatement insert = c.prepareStatement("insert into app_user (email, display_name, password_hash, "
                     + "role, enabled, created_at) values (?, ?, ?, 'STUDENT', true, ?)")) {
            for (int i = 0; i < count; i++) {
                insert.setString(1, student(i));
                insert.setString(2, "Load Student " + i);
                insert.setString(3, hash);
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static Path cleanDir(String name) throws IOException {
        Path dir = WORK.resolve(name);
        org.springframework.util.FileSystemUtils.deleteRecursively(dir);
        return Files.createDirectories(dir);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static String fmt(double v) {
        return v >= 100 ? String.format("%,.0f", v) : String.format("%.2f", v);
    }

    static String ratio(double a, double b) {
        return String.format("%.2f×", a / b);
    }
}
