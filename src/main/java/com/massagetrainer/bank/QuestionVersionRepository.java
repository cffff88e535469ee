package com.massagetrainer.bank;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface QuestionVersionRepository extends JpaRepository<QuestionVersion, Long> {

    Optional<QuestionVersion> findByQuestionIdAndVersion(String questionId, int version);

    long countByQuestionId(String questionId);
}
