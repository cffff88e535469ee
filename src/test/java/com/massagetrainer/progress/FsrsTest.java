package com.massagetrainer.progress;

import com.massagetrainer.progress.Fsrs.Card;
import com.massagetrainer.progress.Fsrs.Rating;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.massagetrainer.progress.Fsrs.Rating.AGAIN;
import static com.massagetrainer.progress.Fsrs.Rating.EASY;
import static com.massagetrainer.progress.Fsrs.Rating.GOOD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Same review history in, same intervals, stability and difficulty out as the reference implementation ts-fsrs
 * 5.4.2 (FSRS-6 default parameters, fuzz off), to 1e-5 (ts-fsrs rounds intermediate values to 8 decimals). The scenarios are the ones the FSRS projects publish in their tests
 * (py-fsrs tests/test_basic.py test_review_card and test_memo_state); the expected numbers were produced by running
 * ts-fsrs 5.4.2 with docs/fsrs/reference-vectors.cjs. py-fsrs's own test file expects 497 and 20 days where
 * ts-fsrs gives 498 and 21 (a small difference between the two references; see docs/PROGRESS.md).
 */
class FsrsTest {

    private static final Instant START = Instant.parse("2022-11-29T12:30:00Z");
    private final Fsrs fsrs = Fsrs.referenceDefaults();

    @Test
    void intervalHistoryMatchesTheReference() {
        List<Rating> ratings = List.of(GOOD, GOOD, GOOD, GOOD, GOOD, GOOD, AGAIN, AGAIN, GOOD, GOOD, GOOD, GOOD, GOOD);
        Card card = Fsrs.newCard(START);
        Instant at = START;
        List<Long> intervals = new ArrayList<>();
        for (Rating rating : ratings) {
            card = fsrs.review(card, rating, at);
            intervals.add(Duration.between(card.lastReview(), card.due()).toDays());
            at = card.due();
        }
        assertThat(intervals).containsExactly(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L);
    }

    @Test
    void stabilityAndDifficultyAfterEveryReviewMatchTheReference() {
        List<Rating> ratings = List.of(GOOD, GOOD, GOOD, GOOD, GOOD, GOOD, AGAIN, AGAIN, GOOD, GOOD, GOOD, GOOD, GOOD);
        double[][] expected = {{2.30650000, 2.11810397}, {2.30650000, 2.11121424}, {10.97104786, 2.10433140},
                {46.31685657, 2.09745544}, {162.99981459, 2.09058635}, {497.87655983, 2.08372413},
                {6.89041250, 7.38320232}, {2.15459837, 9.12510476}, {2.15459837, 9.11120802},
                {3.98312343, 9.09732518}, {7.23625465, 9.08345622}, {12.48304383, 9.06960113},
                {20.77035737, 9.05575990}};
        Card card = Fsrs.newCard(START);
        Instant at = START;
        for (int i = 0; i < ratings.size(); i++) {
            card = fsrs.review(card, ratings.get(i), at);
            assertThat(card.stability()).as("stability after review " + (i + 1)).isCloseTo(expected[i][0], within(1e-5));
            assertThat(card.difficulty()).as("difficulty after review " + (i + 1)).isCloseTo(expected[i][1], within(1e-5));
            at = card.due();
        }
    }

    @Test
    void stabilityAndDifficultyMatchTheReference() {
        List<Rating> ratings = List.of(AGAIN, GOOD, GOOD, GOOD, GOOD, GOOD);
        long[] gaps = {0, 0, 1, 3, 8, 21};
        Card card = Fsrs.newCard(START);
        Instant at = START;
        for (int i = 0; i < ratings.size(); i++) {
            at = at.plus(Duration.ofDays(gaps[i]));
            card = fsrs.review(card, ratings.get(i), at);
        }
        card = fsrs.review(card, GOOD, at);
        assertThat(card.stability()).isCloseTo(53.62690465, within(1e-5));
        assertThat(card.difficulty()).isCloseTo(6.34635796, within(1e-5));
    }

    @Test
    void repeatedEasyReviewsReachMinimumDifficulty() {
        Card card = Fsrs.newCard(START);
        for (int i = 0; i < 10; i++) {
            card = fsrs.review(card, EASY, START.plusNanos(i * 1000L));
        }
        assertThat(card.difficulty()).isEqualTo(1.0);
    }

    @Test
    void retrievabilityFallsWithTimeAndIsZeroForANewItem() {
        Card card = Fsrs.newCard(START);
        assertThat(fsrs.retrievability(card, START)).isZero();
        card = fsrs.review(fsrs.review(card, GOOD, START), GOOD, START.plusSeconds(600));
        double soon = fsrs.retrievability(card, START.plus(Duration.ofDays(1)));
        double later = fsrs.retrievability(card, START.plus(Duration.ofDays(30)));
        assertThat(soon).isGreaterThan(later).isLessThanOrEqualTo(1.0);
    }
}
