package com.massagetrainer.progress;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface HeldReviewRepository extends JpaRepository<HeldReview, HeldReview.Key> {

    /** The held answers to one question, oldest first (the primary key's index serves it). */
    @Query("select h from HeldReview h where h.key.userId = :userId and h.key.questionId = :questionId "
            + "order by h.key.answeredAt")
    List<HeldReview> heldFor(long userId, String questionId);
}
