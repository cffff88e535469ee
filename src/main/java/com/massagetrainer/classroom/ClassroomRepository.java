package com.massagetrainer.classroom;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface ClassroomRepository extends JpaRepository<Classroom, Long> {

    Optional<Classroom> findByJoinCode(String joinCode);

    boolean existsByJoinCode(String joinCode);
}
