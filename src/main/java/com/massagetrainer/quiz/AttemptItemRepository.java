package com.massagetrainer.quiz;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface AttemptItemRepository extends JpaRepository<AttemptItem, Long> {

    // Written as JPQL rather than derived from the method name: Hibernate caches the translation of a JPQL string,
    // while a derived finder's criteria query was translated again on every call (a quarter of an answer's time).
    @Query("select i from AttemptItem i where i.attemptId = :attemptId order by i.position")
    List<AttemptItem> findByAttemptIdOrderByPosition(long attemptId);

    @Query("select i from AttemptItem i where i.attemptId = :attemptId and i.position = :position")
    Optional<AttemptItem> findByAttemptIdAndPosition(long attemptId, int position);

    /**
     * Moves the items from {@code from} on one place down, making room for a relearning step. In two steps (through
     * negative positions) because the unique (attempt_id, position) constraint is checked row by row.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AttemptItem i set i.position = -i.position - 1 where i.attemptId = :attemptId and i.position >= :from")
    int shiftOut(long attemptId, int from);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AttemptItem i set i.position = -i.position where i.attemptId = :attemptId and i.position < 0")
    int shiftBack(long attemptId);

    @Query("select count(i) from AttemptItem i where i.attemptId = :attemptId and i.questionId = :questionId and i.relearn = true")
    long relearnSteps(long attemptId, String questionId);

    @Query("select max(i.position) from AttemptItem i where i.attemptId = :attemptId")
    int lastPosition(long attemptId);

    /**
     * The questions whose key this student has been shown: answered in practice (feedback at once), or part of a
     * finished attempt whose review is shown and which was not taken one question at a time. The same rule as
     * {@link QuizService#seenQuestion}; stars and search may only ever reach these questions.
     */
    @Query("""
            select distinct i.questionId from AttemptItem i, Attempt a
            where a.id = i.attemptId and a.userId = :userId
              and ((a.mode = com.massagetrainer.quiz.QuizMode.PRACTICE and i.answeredAt is not null)
                or (a.status <> com.massagetrainer.quiz.AttemptStatus.IN_PROGRESS and a.showReview = true
                    and a.sequential = false))""")
    List<String> keyShownQuestions(long userId);

    /**
     * This student's history per question, for the draw: last answer time and whether a recent answer was wrong.
     * Answers under a hidden review do not count: preferring the questions a student got wrong in a certification
     * would tell them which ones those were. Such questions count as unseen until met where answers are shown.
     */
    @Query("""
            select i.questionId as questionId, max(i.answeredAt) as lastSeen,
                   min(case when i.answeredAt >= :recentSince then i.score else 1.0 end) as recentWorst
            from AttemptItem i, Attempt a
            where a.id = i.attemptId and a.userId = :userId and i.answeredAt is not null and a.showReview = true
            group by i.questionId""")
    List<QuestionHistory> historyOf(long userId, Instant recentSince);

    /** Accuracy per topic for this student, computed in the database. */
    @Query("""
            select i.topicId as topicId, count(i) as answered, avg(i.score) as accuracy
            from AttemptItem i, Attempt a
            where a.id = i.attemptId and a.userId = :userId and i.answeredAt is not null
            group by i.topicId""")
    List<TopicAccuracy> accuracyByTopic(long userId);

    interface QuestionHistory {
        String getQuestionId();

        Instant getLastSeen();

        Double getRecentWorst();
    }

    interface TopicAccuracy {
        String getTopicId();

        long getAnswered();

        Double getAccuracy();
    }
}
