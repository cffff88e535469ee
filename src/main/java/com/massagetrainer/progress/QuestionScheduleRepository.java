package com.massagetrainer.progress;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;

interface QuestionScheduleRepository extends JpaRepository<QuestionSchedule, QuestionSchedule.Key> {

    @Query("select count(c) from QuestionSchedule c where c.key.userId = :userId and c.due <= :now")
    long countDue(long userId, Instant now);

    /** Due questions, most overdue first (uses the (user_id, due) index). */
    @Query("select c.key.questionId from QuestionSchedule c where c.key.userId = :userId and c.due <= :now order by c.due")
    List<String> dueQuestions(long userId, Instant now, Pageable page);
}
