package com.massagetrainer.perf;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * P3: students taking the mock exam at the same time over real HTTP. Each signs in, starts the exam and then, after
 * 30–90 s of thinking each time, alternately answers the question on screen and moves to the next one. Sessions
 * start evenly over the ramp and keep going through the hold. Latency is measured from sending a request to having
 * read the server's answer; a failed request ends that student's run and counts as an error.
 */
final class LoadRun {

    record Percentiles(double p50, double p95, int count) {
        static Percentiles of(Queue<Double> millis) {
            List<Double> sorted = new ArrayList<>(millis);
            if (sorted.isEmpty()) {
                return new Percentiles(Double.NaN, Double.NaN, 0);
            }
            sorted.sort(Double::compare);
            return new Percentiles(sorted.get((int) (sorted.size() * 0.50)),
                    sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.95))), sorted.size());
        }

        @Override
        public String toString() {
            return String.format("p50 %.1f ms, p95 %.1f ms (%,d requests)", p50, p95, count);
        }
    }

    record Report(int sessionsStarted, int errors, List<String> firstErrors, Percentiles unloaded,
                  Percentiles unloadedNext, Percentiles loaded, Percentiles loadedNext, Percentiles holdAnswers,
                  Percentiles holdNexts, Percentiles signInAndStart, double serverCores, long liveHeapAtEnd,
                  long bytesPerAction) {
        void print() {
            System.out.printf("  sessions started %,d, errors %d%s%n", sessionsStarted, errors,
                    firstErrors.isEmpty() ? "" : " (first: " + firstErrors + ")");
            System.out.println("  unloaded answer: " + unloaded + "; unloaded next: " + unloadedNext);
            System.out.println("  whole run, answer: " + loaded + "; next: " + loadedNext);
            System.out.println("  all sessions open, answer: " + holdAnswers + "; next: " + holdNexts);
            System.out.println("  sign in + start exam under load: " + signInAndStart);
            System.out.printf("  server CPU during the run: %.2f cores on average; live heap at the end %,d MB; "
                    + "%,d bytes received per action%n", serverCores, liveHeapAtEnd >> 20, bytesPerAction);
        }
    }

    private final AppProcess app;
    private final int sessions;
    private final Duration ramp;
    private final Duration hold;
    private final HttpClient http = UidlClient.newHttpClient();
    private final Queue<Double> answers = new ConcurrentLinkedQueue<>();
    private final Queue<Double> nexts = new ConcurrentLinkedQueue<>();
    private final Queue<Double> starts = new ConcurrentLinkedQueue<>();
    // The same, for requests after every session has started: the steady state the goal is about.
    private final Queue<Double> holdAnswers = new ConcurrentLinkedQueue<>();
    private final Queue<Double> holdNexts = new ConcurrentLinkedQueue<>();
    private volatile long rampEndNanos;
    private final Queue<String> errorMessages = new ConcurrentLinkedQueue<>();
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicInteger started = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong actions = new java.util.concurrent.atomic.AtomicLong();
    private volatile long endNanos;

    LoadRun(AppProcess app, int sessions, Duration ramp, Duration hold) {
        this.app = app;
        this.sessions = sessions;
        this.ramp = ramp;
        this.hold = hold;
    }

    Report execute() throws Exception {
        // Unloaded: after a warm-up, one student alone answering and moving on without pauses.
        Queue<Double> soloAnswers = new ConcurrentLinkedQueue<>();
        Queue<Double> soloNexts = new ConcurrentLinkedQueue<>();
        for (int s = 0; s < 4; s++) {
            ExamTaker solo = new ExamTaker(http, app.base);
            solo.startMockExam(PerformanceHarness.student(sessions + s), PerformanceHarness.PASSWORD);
            for (int i = 0; i < 100; i++) {
                long t0 = System.nanoTime();
                boolean answered = solo.answer(false);
                long t1 = System.nanoTime();
                solo.next();
                long t2 = System.nanoTime();
                if (s == 3) { // the first three are the warm-up
                    if (answered) {
                        soloAnswers.add((t1 - t0) / 1e6);
                    }
                    soloNexts.add((t2 - t1) / 1e6);
                }
            }
        }
        Percentiles unloaded = Percentiles.of(soloAnswers);
        Percentiles unloadedNext = Percentiles.of(soloNexts);
        System.out.println("  unloaded answer: " + unloaded + "; next: " + unloadedNext);

        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(200);
        long startNanos = System.nanoTime();
        endNanos = startNanos + ramp.toNanos() + hold.toNanos();
        rampEndNanos = startNanos + ramp.toNanos();
        double cpuBefore = app.cpuSeconds();
        for (int i = 0; i < sessions; i++) {
            int student = i;
            long delay = ramp.toNanos() * i / sessions;
            scheduler.schedule(() -> begin(scheduler, student), delay, TimeUnit.NANOSECONDS);
        }
        while (System.nanoTime() < endNanos) {
            Thread.sleep(10_000);
            System.out.printf("  %3.0f s: %,d sessions, %,d answers, %,d next, %d errors%n",
                    (System.nanoTime() - startNanos) / 1e9, started.get(), answers.size(), nexts.size(), errors.get());
        }
        scheduler.shutdownNow();
        scheduler.awaitTermination(2, TimeUnit.MINUTES);
        double cores = (app.cpuSeconds() - cpuBefore) / ((System.nanoTime() - startNanos) / 1e9);
        long heap = app.liveHeapBytes();
        return new Report(started.get(), errors.get(), errorMessages.stream().limit(3).toList(), unloaded,
                unloadedNext, Percentiles.of(answers), Percentiles.of(nexts), Percentiles.of(holdAnswers),
                Percentiles.of(holdNexts), Percentiles.of(starts), cores, heap,
                actions.get() == 0 ? 0 : bytes.get() / actions.get());
    }

    private void begin(ScheduledExecutorService scheduler, int student) {
        ExamTaker taker = new ExamTaker(http, app.base);
        try {
            long t0 = System.nanoTime();
            taker.startMockExam(PerformanceHarness.student(student), PerformanceHarness.PASSWORD);
            starts.add((System.nanoTime() - t0) / 1e6);
            started.incrementAndGet();
            later(scheduler, taker, new SplittableRandom(student), true);
        } catch (Exception e) {
            failed(student, e);
        }
    }

    private void later(ScheduledExecutorService scheduler, ExamTaker taker, SplittableRandom random, boolean answer) {
        long think = Duration.ofSeconds(30).toNanos() + random.nextLong(Duration.ofSeconds(60).toNanos());
        if (System.nanoTime() + think > endNanos || scheduler.isShutdown()) {
            return;
        }
        scheduler.schedule(() -> {
            try {
                long before = taker.tab().bytesReceived();
                long t0 = System.nanoTime();
                boolean holding = t0 > rampEndNanos && started.get() == sessions;
                if (answer && taker.answer(random.nextBoolean())) {
                    double ms = (System.nanoTime() - t0) / 1e6;
                    answers.add(ms);
                    if (holding) {
                        holdAnswers.add(ms);
                    }
                } else {
                    taker.next();
                    double ms = (System.nanoTime() - t0) / 1e6;
                    nexts.add(ms);
                    if (holding) {
                        holdNexts.add(ms);
                    }
                }
                bytes.addAndGet(taker.tab().bytesReceived() - before);
                actions.incrementAndGet();
                later(scheduler, taker, random, !answer);
            } catch (Exception e) {
                failed(-1, e);
            }
        }, think, TimeUnit.NANOSECONDS);
    }

    private void failed(int student, Exception e) {
        if (e instanceof InterruptedException || Thread.currentThread().isInterrupted()) {
            return; // the run is over
        }
        errors.incrementAndGet();
        errorMessages.add((student >= 0 ? "student " + student + ": " : "") + e);
    }
}
