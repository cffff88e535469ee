package com.massagetrainer.base;

import org.springframework.context.SmartLifecycle;

/**
 * Start-up work that must be finished before the web server takes its first request: importing the bank, grading
 * exams whose deadline passed while the app was down, demo accounts. As an ApplicationRunner it ran after Tomcat
 * was already serving, so for a second or two a student could start a quiz against an empty bank ("No questions
 * match"). Lifecycle phases below the web server's run first, in ascending order; a failure stops the start.
 */
public abstract class BeforeServing implements SmartLifecycle {

    /** Phases: the bank first, then the work that reads it. All far below the web server's phase. */
    protected static final int BANK = 100;
    protected static final int EXAMS = 200;
    protected static final int ACCOUNTS = 300;

    private final int phase;
    private volatile boolean done;

    protected BeforeServing(int phase) {
        this.phase = phase;
    }

    /** The work; runs once, on the main thread, during start-up. */
    protected abstract void prepare();

    @Override
    public final void start() {
        prepare();
        done = true;
    }

    @Override
    public final void stop() {
        done = false;
    }

    @Override
    public final boolean isRunning() {
        return done;
    }

    @Override
    public final int getPhase() {
        return phase;
    }
}
