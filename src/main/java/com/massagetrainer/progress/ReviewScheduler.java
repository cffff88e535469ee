package com.massagetrainer.progress;

import com.massagetrainer.quiz.QuestionAnswered;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/**
 * Keeps every answered (student, question) pair on an FSRS schedule. Runs inside the transaction that records the
 * answer, so the answer and its schedule are saved together. A right answer counts as "Good", a partly right one
 * as "Hard", a wrong one as "Again". Intervals are whole days (no minute-scale learning steps: a quiz question
 * seen again ten minutes later tests short-term memory, not learning).
 */
@Component
class ReviewScheduler {

    private final QuestionScheduleRepository cards;
    private final Fsrs fsrs;

    ReviewScheduler(QuestionScheduleRepository cards, @Value("${trainer.review.target-retention:0.9}") double retention) {
        this.cards = cards;
        this.fsrs = new Fsrs(Fsrs.DEFAULT_PARAMETERS, retention, List.<Duration>of(), List.<Duration>of(), 36500);
    }

    @EventListener
    void answered(QuestionAnswered answer) {
        QuestionSchedule.Key key = new QuestionSchedule.Key(answer.userId(), answer.questionId());
        QuestionSchedule card = cards.findById(key).orElseGet(() -> new QuestionSchedule(key));
        // Exam answers arrive when the exam is graded; one given before the last review changes nothing.
        if (card.getLastReview() != null && answer.answeredAt().isBefore(card.getLastReview())) {
            return;
        }
        Fsrs.Rating rating = rating(answer.score());
        card.apply(fsrs.review(card.toFsrs(answer.answeredAt()), rating, answer.answeredAt()), rating);
        cards.save(card);
    }

    static Fsrs.Rating rating(double score) {
        if (score >= 1 - 1e-9) {
            return Fsrs.Rating.GOOD;
        }
        return score > 0 ? Fsrs.Rating.HARD : Fsrs.Rating.AGAIN;
    }
}
