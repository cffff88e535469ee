package com.massagetrainer.perf;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A packaged app (trainer or the hello-world yardstick) running as a child process, so that what is measured of it
 * (CPU time from /proc, live heap from jcmd, time to the first page) is the server's alone, not the load driver's.
 */
final class AppProcess implements AutoCloseable {

    /** JVM options used for both apps, so neither gets an advantage. */
    static final List<String> JVM_OPTIONS = List.of("-Xms512m", "-Xmx4g", "-XX:+UseG1GC");
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private final Process process;
    private final long startedNanos;
    final int port;
    final URI base;

    private AppProcess(Process process, long startedNanos, int port) {
        this.process = process;
        this.startedNanos = startedNanos;
        this.port = port;
        this.base = URI.create("http://localhost:" + port + "/");
    }

    static AppProcess start(Path jar, Path workDir, int port, List<String> appArguments) throws IOException {
        Files.createDirectories(workDir);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        // e.g. -Dperf.jvmExtra=-XX:StartFlightRecording=filename=answers.jfr,settings=profile to see where time goes
        String extra = System.getProperty("perf.jvmExtra", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.add("--server.port=" + port);
        command.addAll(appArguments);
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(workDir.resolve("app.log").toFile()).start();
        return new AppProcess(process, started, port);
    }

    /**
     * Waits until a visitor would see the page on this route: the HTML, a new UI from {@code v-r=init} and the
     * route's view rendered by the server. Returns the time from process start.
     */
    Duration awaitFirstPage(String route, Duration limit) throws IOException, InterruptedException {
        var http = UidlClient.newHttpClient();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited with " + process.exitValue() + "; see its app.log");
            }
            try {
                new UidlClient(http, base).open(route);
                return Duration.ofNanos(System.nanoTime() - startedNanos);
            } catch (IOException | UidlClient.ProtocolException notYet) {
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException("no first page within " + limit);
    }

    /** User plus system CPU time the server process has used so far. */
    double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
        // Fields after the command name, which is in parentheses and may hold spaces.
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        return (double) ticks / CLOCK_TICKS_PER_SECOND;
    }

    /** Bytes of live objects after a full collection (jcmd's class histogram forces one). */
    long liveHeapBytes() throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(process.pid()), "GC.class_histogram").redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor();
        for (String line : out.split("\n")) {
            if (line.startsWith("Total")) {
                String[] parts = line.trim().split("\\s+");
                return Long.parseLong(parts[2]);
            }
        }
        throw new IllegalStateException("jcmd gave no histogram total: " + out.lines().limit(5).toList());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
