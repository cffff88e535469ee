package com.massagetrainer.classroom;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    List<Assignment> findByClassroomIdOrderByDueAtDesc(long classroomId);

    List<Assignment> findByClassroomIdAndCreatedAtAfter(long classroomId, java.time.Instant after);
}
