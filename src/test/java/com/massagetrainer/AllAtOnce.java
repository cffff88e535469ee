package com.massagetrainer;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs one call on several threads released at the same moment, each signed in as the calling thread is: parallel
 * browser sessions (or a double click) of one user, as the services see them.
 */
public final class AllAtOnce {

    /** What one thread got: a value, or the exception it threw. */
    public record Outcome<T>(T value, Throwable error) {
    }

    private AllAtOnce() {
    }

    public static <T> List<Outcome<T>> run(int threads, Callable<T> call) throws InterruptedException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(auth);
                    try {
                        ready.countDown();
                        go.await();
                        return call.call();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            ready.await();
            go.countDown();
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<T> f : futures) {
                try {
                    outcomes.add(new Outcome<>(f.get(60, TimeUnit.SECONDS), null));
                } catch (ExecutionException e) {
                    outcomes.add(new Outcome<>(null, e.getCause()));
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new AssertionError("A thread did not finish within 60 s (a lock never released?)", e);
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
