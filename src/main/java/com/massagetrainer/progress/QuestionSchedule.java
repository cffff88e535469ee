package com.massagetrainer.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** The FSRS memory state of one question for one student, and when it is next due. */
@Entity
@Table(name = "review_schedule")
class QuestionSchedule {

    @Embeddable
    record Key(@Column(name = "user_id") long userId, @Column(name = "question_id") String questionId)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;
    @Enumerated(EnumType.STRING)
    private Fsrs.State state;
    private Integer step;
    private double stability;
    private double difficulty;
    private Instant due;
    @Column(name = "last_review")
    private Instant lastReview;
    private int reviews;
    private int lapses;

    protected QuestionSchedule() {
    }

    QuestionSchedule(Key key) {
        this.key = key;
    }

    /** The state as the pure scheduler sees it; a card never reviewed is new. */
    Fsrs.Card toFsrs(Instant now) {
        return reviews == 0 ? Fsrs.newCard(now) : new Fsrs.Card(state, step, stability, difficulty, due, lastReview);
    }

    void apply(Fsrs.Card card, Fsrs.Rating rating) {
        this.state = card.state();
        this.step = card.step();
        this.stability = card.stability();
        this.difficulty = card.difficulty();
        this.due = card.due();
        this.lastReview = card.lastReview();
        this.reviews++;
        if (rating == Fsrs.Rating.AGAIN) {
            this.lapses++;
        }
    }

    Instant getDue() {
        return due;
    }

    Instant getLastReview() {
        return lastReview;
    }
}
