package com.massagetrainer.quiz;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface AttemptRepository extends JpaRepository<Attempt, Long> {

    /** Locks the attempt row so that two submits (two tabs, or a submit racing the expiry job) grade it once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Attempt a where a.id = :id")
    Optional<Attempt> findForUpdate(long id);

    List<Attempt> findByUserIdOrderByStartedAtDesc(long userId);

    Optional<Attempt> findFirstByUserIdAndStatusOrderByStartedAtDesc(long userId, AttemptStatus status);

    @Query("select a.id from Attempt a where a.status = com.massagetrainer.quiz.AttemptStatus.IN_PROGRESS "
            + "and a.deadline is not null and a.deadline <= :now order by a.id")
    List<Long> findExpired(Instant now);

    @Query("select a.id from Attempt a where a.userId = :userId "
            + "and a.status = com.massagetrainer.quiz.AttemptStatus.IN_PROGRESS "
            + "and a.deadline is not null and a.deadline <= :now order by a.id")
    List<Long> findExpiredOf(long userId, Instant now);
}
