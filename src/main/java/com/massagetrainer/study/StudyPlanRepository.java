package com.massagetrainer.study;

import org.springframework.data.jpa.repository.JpaRepository;

interface StudyPlanRepository extends JpaRepository<StudyPlan, Long> {
}
