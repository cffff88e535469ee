package com.massagetrainer.bookmark;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface QuestionStarRepository extends JpaRepository<QuestionStar, QuestionStar.Key> {

    /** One student's starred question ids, newest star first (uses the primary key's user_id prefix). */
    @Query("select s.key.questionId from QuestionStar s where s.key.userId = :userId order by s.starredAt desc")
    List<String> starredBy(long userId);
}
