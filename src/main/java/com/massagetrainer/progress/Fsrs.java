package com.massagetrainer.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The FSRS-6 spaced-repetition scheduler (21 parameters), following the reference implementation py-fsrs 6
 * (open-spaced-repetition) step for step, without interval fuzzing so schedules are reproducible. Plain Java:
 * the review time is passed in. Checked against py-fsrs's published test vectors in FsrsTest.
 */
public final class Fsrs {

    /** py-fsrs 6 DEFAULT_PARAMETERS. */
    public static final double[] DEFAULT_PARAMETERS = {0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,
            1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
    static final double STABILITY_MIN = 0.001;
    static final double MIN_DIFFICULTY = 1.0;
    static final double MAX_DIFFICULTY = 10.0;

    public enum State { LEARNING, REVIEW, RELEARNING }

    /** How the review went. Our quizzes map a right answer to GOOD, partly right to HARD, wrong to AGAIN. */
    public enum Rating {
        AGAIN(1), HARD(2), GOOD(3), EASY(4);

        final int value;

        Rating(int value) {
            this.value = value;
        }
    }

    /** What FSRS remembers of one item. A new item is {@link #newCard(Instant)}. */
    public record Card(State state, Integer step, Double stability, Double difficulty, Instant due, Instant lastReview) {
    }

    private final double[] w;
    private final double desiredRetention;
    private final List<Duration> learningSteps;
    private final List<Duration> relearningSteps;
    private final int maximumInterval;
    private final double decay;
    private final double factor;

    public Fsrs(double[] parameters, double desiredRetention, List<Duration> learningSteps,
                List<Duration> relearningSteps, int maximumInterval) {
        if (parameters.length != 21) {
            throw new IllegalArgumentException("FSRS-6 needs 21 parameters, got " + parameters.length);
        }
        if (desiredRetention <= 0 || desiredRetention >= 1) {
            throw new IllegalArgumentException("desired retention must be between 0 and 1");
        }
        this.w = parameters.clone();
        this.desiredRetention = desiredRetention;
        this.learningSteps = List.copyOf(learningSteps);
        this.relearningSteps = List.copyOf(relearningSteps);
        this.maximumInterval = maximumInterval;
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    /** The reference defaults: retention 0.9, learning steps 1 and 10 minutes, relearning 10 minutes. */
    public static Fsrs referenceDefaults() {
        return new Fsrs(DEFAULT_PARAMETERS, 0.9, List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
                List.of(Duration.ofMinutes(10)), 36500);
    }

    public static Card newCard(Instant now) {
        return new Card(State.LEARNING, 0, null, null, now, null);
    }

    /** Probability of recalling the item at {@code at}; 0 for an item never reviewed. */
    public double retrievability(Card card, Instant at) {
        if (card.lastReview() == null) {
            return 0;
        }
        long elapsedDays = Math.max(0, Duration.between(card.lastReview(), at).toDays());
        return Math.pow(1 + factor * elapsedDays / card.stability(), decay);
    }

    public Card review(Card card, Rating rating, Instant at) {
        Long daysSince = card.lastReview() == null ? null : Duration.between(card.lastReview(), at).toDays();
        double s;
        double d;
        State state = card.state();
        Integer step = card.step();
        Duration next;
        if (state == State.LEARNING && (card.stability() == null || card.difficulty() == null)) {
            s = initialStability(rating);
            d = clampDifficulty(initialDifficulty(rating));
        } else if (daysSince != null && daysSince < 1) {
            s = shortTermStability(card.stability(), rating);
            d = nextDifficulty(card.difficulty(), rating);
        } else {
            s = nextStability(card.difficulty(), card.stability(), retrievability(card, at), rating);
            d = nextDifficulty(card.difficulty(), rating);
        }
        if (state == State.REVIEW) {
            if (rating == Rating.AGAIN && !relearningSteps.isEmpty()) {
                state = State.RELEARNING;
                step = 0;
                next = relearningSteps.get(0);
            } else {
                next = Duration.ofDays(nextInterval(s));
            }
        } else {
            List<Duration> steps = state == State.LEARNING ? learningSteps : relearningSteps;
            if (steps.isEmpty() || (step >= steps.size() && rating != Rating.AGAIN)) {
                state = State.REVIEW;
                step = null;
                next = Duration.ofDays(nextInterval(s));
            } else {
                switch (rating) {
                    case AGAIN -> {
                        step = 0;
                        next = steps.get(0);
                    }
                    case HARD -> next = step == 0 && steps.size() == 1 ? steps.get(0).multipliedBy(3).dividedBy(2)
                            : step == 0 ? steps.get(0).plus(steps.get(1)).dividedBy(2) : steps.get(step);
                    case GOOD -> {
                        if (step + 1 == steps.size()) {
                            state = State.REVIEW;
                            step = null;
                            next = Duration.ofDays(nextInterval(s));
                        } else {
                            step = step + 1;
                            next = steps.get(step);
                        }
                    }
                    default -> {
                        state = State.REVIEW;
                        step = null;
                        next = Duration.ofDays(nextInterval(s));
                    }
                }
            }
        }
        return new Card(state, step, s, d, at.plus(next), at);
    }

    /** Days until recall probability falls to the desired retention; at least 1, at most the maximum. */
    int nextInterval(double stability) {
        double interval = stability / factor * (Math.pow(desiredRetention, 1 / decay) - 1);
        // Python's round() rounds halves to even; Math.rint does the same.
        long days = (long) Math.rint(interval);
        return (int) Math.min(Math.max(days, 1), maximumInterval);
    }

    private double initialStability(Rating rating) {
        return Math.max(w[rating.value - 1], STABILITY_MIN);
    }

    private double initialDifficulty(Rating rating) {
        return w[4] - Math.exp(w[5] * (rating.value - 1)) + 1;
    }

    private static double clampDifficulty(double d) {
        return Math.min(Math.max(d, MIN_DIFFICULTY), MAX_DIFFICULTY);
    }

    private double shortTermStability(double stability, Rating rating) {
        double increase = Math.exp(w[17] * (rating.value - 3 + w[18])) * Math.pow(stability, -w[19]);
        if (rating == Rating.GOOD || rating == Rating.EASY) {
            increase = Math.max(increase, 1.0);
        }
        return Math.max(stability * increase, STABILITY_MIN);
    }

    private double nextDifficulty(double difficulty, Rating rating) {
        double delta = -(w[6] * (rating.value - 3));
        double damped = difficulty + (10.0 - difficulty) * delta / 9.0;
        double reverted = w[7] * initialDifficulty(Rating.EASY) + (1 - w[7]) * damped;
        return clampDifficulty(reverted);
    }

    private double nextStability(double difficulty, double stability, double retrievability, Rating rating) {
        double next;
        if (rating == Rating.AGAIN) {
            double longTerm = w[11] * Math.pow(difficulty, -w[12]) * (Math.pow(stability + 1, w[13]) - 1)
                    * Math.exp((1 - retrievability) * w[14]);
            double shortTerm = stability / Math.exp(w[17] * w[18]);
            next = Math.min(longTerm, shortTerm);
        } else {
            double hardPenalty = rating == Rating.HARD ? w[15] : 1;
            double easyBonus = rating == Rating.EASY ? w[16] : 1;
            next = stability * (1 + Math.exp(w[8]) * (11 - difficulty) * Math.pow(stability, -w[9])
                    * (Math.exp((1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus);
        }
        return Math.max(next, STABILITY_MIN);
    }
}
