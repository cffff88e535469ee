package com.massagetrainer.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/**
 * An answer given where the review is hidden (a certification exam, an assignment without review), kept out of the
 * review schedule: had it moved the question's due date, "Review due" would show exactly the questions answered
 * wrongly there, with their keys. It is replayed into FSRS, in order, when the student next answers the question
 * where answers are shown, so the schedule still learns from it.
 */
@Entity
@Table(name = "held_review")
class HeldReview {

    @Embeddable
    record Key(@Column(name = "user_id") long userId, @Column(name = "question_id") String questionId,
               @Column(name = "answered_at") Instant answeredAt) implements Serializable {
    }

    @EmbeddedId
    private Key key;
    private double score;

    protected HeldReview() {
    }

    HeldReview(Key key, double score) {
        this.key = key;
        this.score = score;
    }

    Instant answeredAt() {
        return key.answeredAt();
    }

    double score() {
        return score;
    }
}
