package com.massagetrainer.bank;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface QuestionRepository extends JpaRepository<Question, String> {

    List<Question> findByActiveTrue();

    long countByActiveTrue();
}
