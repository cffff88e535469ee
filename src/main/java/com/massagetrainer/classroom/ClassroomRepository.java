package com.massagetrainer.classroom;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ClassroomRepository extends JpaRepository<Classroom, Long> {

    List<Classroom> findByInstructorIdOrderByName(long instructorId);

    Optional<Classroom> findByJoinCode(String joinCode);

    boolean existsByJoinCode(String joinCode);
}
