package com.massagetrainer.classroom;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentAttemptRepository extends JpaRepository<AssignmentAttempt, Long> {
}
