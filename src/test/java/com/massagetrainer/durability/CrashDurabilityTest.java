package com.massagetrainer.durability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app in a child JVM on an H2 file: killed with SIGKILL while saving answers, every acknowledged answer is in
 * the database afterwards; an exam whose deadline passed while the app was down is graded at start-up; a second
 * instance on the same file fails fast with a clear message.
 */
class CrashDurabilityTest {

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    Path dir;

    private String url() {
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("trainer") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    private Process child(String mode) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.io.tmpdir=" + dir.toAbsolutePath(), "-cp", classpath,
                AnswerWriter.class.getName(), mode, url());
        pb.redirectErrorStream(true);
        return pb.start();
    }

    private static List<String> readUntil(Process p, String marker, int maxLines) throws IOException {
        List<String> lines = new ArrayList<>();
        BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            lines.add(line);
            if (line.startsWith(marker) || lines.size() > maxLines) {
                break;
            }
        }
        return lines;
    }

    @Test
    void killedWhileSavingAnswersLosesNoAcknowledgedAnswer() throws Exception {
        Process p = child("answer");
        BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<long[]> acked = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null && acked.size() < 400) {
            if (line.startsWith("ACK ")) {
                String[] parts = line.split(" ");
                acked.add(new long[]{Long.parseLong(parts[1]), Long.parseLong(parts[2])});
            }
        }
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(acked).hasSize(400);

        try (Connection c = DriverManager.getConnection(url(), "sa", "");
             PreparedStatement ps = c.prepareStatement(
                     "select answered_at from attempt_item where attempt_id = ? and position = ?")) {
            for (long[] a : acked) {
                ps.setLong(1, a[0]);
                ps.setLong(2, a[1]);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).as("attempt %d position %d", a[0], a[1]).isTrue();
                    assertThat(rs.getTimestamp(1)).as("attempt %d position %d answered", a[0], a[1]).isNotNull();
                }
            }
            // The attempt that was being answered resumes after its last acknowledged answer.
            long[] last = acked.get(acked.size() - 1);
            try (PreparedStatement q = c.prepareStatement("select min(position) from attempt_item where attempt_id = ? "
                    + "and answered_at is null")) {
                q.setLong(1, last[0]);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    int resume = rs.getInt(1);
                    assertThat(rs.wasNull() ? 21 : resume).isGreaterThan((int) last[1]);
                }
            }
        }
    }

    @Test
    void examWhoseDeadlinePassedWhileTheAppWasDownIsGradedAtStartUp() throws Exception {
        Process exam = child("exam");
        long attempt = Long.parseLong(readUntil(exam, "EXAM", 500).stream().filter(l -> l.startsWith("EXAM"))
                .findFirst().orElseThrow().substring(5));
        assertThat(exam.waitFor(60, TimeUnit.SECONDS)).isTrue();
        // Time passes while the server is down: move the stored deadline into the past.
        try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
            c.createStatement().executeUpdate("update attempt set deadline = dateadd('MINUTE', -5, current_timestamp) "
                    + "where id = " + attempt);
        }
        Process serve = child("serve");
        assertThat(readUntil(serve, "READY", 500)).last().isEqualTo("READY");
        serve.destroy();
        assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
        try (Connection c = DriverManager.getConnection(url(), "sa", "");
             ResultSet rs = c.createStatement().executeQuery("select status, score from attempt where id = " + attempt)) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("EXPIRED");
            assertThat(rs.getDouble(2)).isEqualTo(40.0);
        }
    }

    @Test
    void aSecondInstanceOnTheSameDatabaseFailsFastWithAClearMessage() throws Exception {
        Process first = child("serve");
        assertThat(readUntil(first, "READY", 500)).last().isEqualTo("READY");
        try {
            Process second = child("serve");
            List<String> out = readUntil(second, "READY", 2000);
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).isNotZero();
            String text = String.join("\n", out);
            assertThat(text).contains("APPLICATION FAILED TO START")
                    .contains("already in use by another running Massage Exam Trainer")
                    .doesNotContain("READY");
        } finally {
            first.destroy();
            first.waitFor(60, TimeUnit.SECONDS);
        }
        assertThat(Files.exists(dir.resolve("trainer.mv.db"))).isTrue();
    }
}
