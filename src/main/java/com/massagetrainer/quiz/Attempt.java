package com.massagetrainer.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One student's run through a drawn quiz, from start to a score. */
@Entity
@Table(name = "attempt")
public class Attempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id")
    private long userId;
    @Enumerated(EnumType.STRING)
    private QuizMode mode;
    private String title;
    private String spec;
    private long seed;
    @Column(name = "question_count")
    private int questionCount;
    @Column(name = "pass_mark")
    private int passMark;
    @Column(name = "started_at")
    private Instant startedAt;
    private Instant deadline;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Enumerated(EnumType.STRING)
    private AttemptStatus status;
    private Double score;
    private Boolean passed;
    @Column(name = "show_review")
    private boolean showReview = true;
    private boolean sequential;
    @Column(name = "current_position")
    private Integer currentPosition;
    private boolean relearning;

    protected Attempt() {
    }

    Attempt(long userId, QuizMode mode, String title, String spec, long seed, int questionCount, int passMark,
            Instant startedAt, Instant deadline) {
        this.userId = userId;
        this.mode = mode;
        this.title = title;
        this.spec = spec;
        this.seed = seed;
        this.questionCount = questionCount;
        this.passMark = passMark;
        this.startedAt = startedAt;
        this.deadline = deadline;
        this.status = AttemptStatus.IN_PROGRESS;
        this.showReview = !mode.hidesReview();
        this.sequential = mode.isSequential();
        this.currentPosition = sequential ? 1 : null;
    }

    void setShowReview(boolean showReview) {
        this.showReview = showReview && !mode.hidesReview();
    }

    /**
     * Whether the student sees keys, explanations and which answers were wrong once it is finished. False for
     * certification exams and for assignments whose instructor hid the review: answers given here must not reveal
     * a key anywhere (review schedule, history, mistakes, the draw) until the question is met again with feedback.
     */
    public boolean isShowReview() {
        return showReview;
    }

    /**
     * One question at a time: the student sees and answers only {@link #getCurrentPosition()}, which moves on once
     * it is answered; no skipping, no going back.
     */
    public boolean isSequential() {
        return sequential;
    }

    /** The one question a sequential attempt hands out; null for other attempts. */
    public Integer getCurrentPosition() {
        return currentPosition;
    }

    void moveOn() {
        if (currentPosition < questionCount) {
            currentPosition++;
        }
    }

    /** Closes the attempt at {@code at} at the latest (an assignment's due time), cutting a time limit short. */
    void closeBy(Instant at) {
        if (at != null && (deadline == null || at.isBefore(deadline))) {
            deadline = at;
        }
    }

    /** A review session: a question missed here comes back a few questions later (see QuizService#answer). */
    public boolean isRelearning() {
        return relearning;
    }

    void setRelearning(boolean relearning) {
        this.relearning = relearning;
    }

    void setPassMark(int passMark) {
        this.passMark = passMark;
    }

    void finish(AttemptStatus how, Instant at, double percent) {
        this.status = how;
        this.finishedAt = at;
        this.score = percent;
        this.passed = percent >= passMark;
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public QuizMode getMode() {
        return mode;
    }

    public String getTitle() {
        return title;
    }

    String getSpec() {
        return spec;
    }

    public long getSeed() {
        return seed;
    }

    public int getQuestionCount() {
        return questionCount;
    }

    public int getPassMark() {
        return passMark;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public AttemptStatus getStatus() {
        return status;
    }

    public Double getScore() {
        return score;
    }

    public Boolean getPassed() {
        return passed;
    }
}
