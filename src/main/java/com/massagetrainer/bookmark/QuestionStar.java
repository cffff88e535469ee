package com.massagetrainer.bookmark;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** A question one student starred. */
@Entity
@Table(name = "question_star")
class QuestionStar {

    @Embeddable
    record Key(@Column(name = "user_id") long userId, @Column(name = "question_id") String questionId)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;
    @Column(name = "starred_at")
    private Instant starredAt;

    protected QuestionStar() {
    }

    QuestionStar(Key key, Instant starredAt) {
        this.key = key;
        this.starredAt = starredAt;
    }

    String questionId() {
        return key.questionId();
    }
}
