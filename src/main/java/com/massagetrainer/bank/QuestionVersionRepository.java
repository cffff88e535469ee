package com.massagetrainer.bank;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface QuestionVersionRepository extends JpaRepository<QuestionVersion, Long> {

    Optional<QuestionVersion> findByQuestionIdAndVersion(String questionId, int version);

    long countByQuestionId(String questionId);

    @Query("""
            select new com.massagetrainer.bank.CurrentQuestion(q.id, v.id, q.topicId, v.difficulty, v.type)
            from Question q, QuestionVersion v
            where v.questionId = q.id and v.version = q.currentVersion and q.active = true
              and q.topicId in :topics and v.difficulty in :difficulties""")
    List<CurrentQuestion> current(Collection<String> topics, Collection<Integer> difficulties);

    @Query("""
            select new com.massagetrainer.bank.CurrentQuestion(q.id, v.id, q.topicId, v.difficulty, v.type)
            from Question q, QuestionVersion v
            where v.questionId = q.id and v.version = q.currentVersion and q.id in :ids""")
    List<CurrentQuestion> currentOf(Collection<String> ids);
}
