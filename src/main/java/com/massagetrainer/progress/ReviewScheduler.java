package com.massagetrainer.progress;

import com.massagetrainer.quiz.QuestionAnswered;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps every answered (student, question) pair on an FSRS schedule. Runs inside the transaction that records the
 * answer, so the answer and its schedule are saved together. A right answer counts as "Good", a partly right one
 * as "Hard", a wrong one as "Again". Intervals are whole days (no minute-scale learning steps: a quiz question
 * seen again ten minutes later tests short-term memory, not learning).
 *
 * <p>Answers given where the review is hidden are held, not scheduled (see {@link HeldReview}): nothing the student
 * sees ("Review due", the review session) may depend on them. A question's schedule exists only once it has been
 * answered with feedback; its held answers are replayed into it, oldest first, at the next such answer.
 */
@Component
class ReviewScheduler {

    private final QuestionScheduleRepository cards;
    private final HeldReviewRepository held;
    private final Fsrs fsrs;

    ReviewScheduler(QuestionScheduleRepository cards, HeldReviewRepository held,
                    @Value("${trainer.review.target-retention:0.9}") double retention) {
        this.cards = cards;
        this.held = held;
        this.fsrs = new Fsrs(Fsrs.DEFAULT_PARAMETERS, retention, List.<Duration>of(), List.<Duration>of(), 36500);
    }

    @EventListener
    void answered(QuestionAnswered answer) {
        QuestionSchedule.Key key = new QuestionSchedule.Key(answer.userId(), answer.questionId());
        Optional<QuestionSchedule> existing = cards.findById(key);
        // Exam answers arrive when the exam is graded; one given before the last review changes nothing.
        if (existing.isPresent() && answer.answeredAt().isBefore(existing.get().getLastReview())) {
            return;
        }
        if (answer.reviewHidden()) {
            HeldReview.Key heldKey = new HeldReview.Key(answer.userId(), answer.questionId(), answer.answeredAt());
            if (!held.existsById(heldKey)) {
                held.save(new HeldReview(heldKey, answer.score()));
            }
            return;
        }
        QuestionSchedule card = existing.orElseGet(() -> new QuestionSchedule(key));
        for (HeldReview h : held.heldFor(answer.userId(), answer.questionId())) {
            if (h.answeredAt().isAfter(answer.answeredAt())) {
                continue;
            }
            if (card.getLastReview() == null || !h.answeredAt().isBefore(card.getLastReview())) {
                review(card, h.score(), h.answeredAt());
            }
            held.delete(h);
        }
        review(card, answer.score(), answer.answeredAt());
        cards.save(card);
    }

    private void review(QuestionSchedule card, double score, Instant at) {
        Fsrs.Rating rating = rating(score);
        card.apply(fsrs.review(card.toFsrs(at), rating, at), rating);
    }

    static Fsrs.Rating rating(double score) {
        if (score >= 1 - 1e-9) {
            return Fsrs.Rating.GOOD;
        }
        return score > 0 ? Fsrs.Rating.HARD : Fsrs.Rating.AGAIN;
    }
}
