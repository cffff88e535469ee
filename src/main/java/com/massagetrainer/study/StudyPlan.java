package com.massagetrainer.study;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/** One student's study plan: exam date, study days (a bit per day, Monday = 1) and the zone their days are in. */
@Entity
@Table(name = "study_plan")
class StudyPlan {

    @Id
    @Column(name = "user_id")
    private long userId;
    @Column(name = "exam_date")
    private LocalDate examDate;
    @Column(name = "study_days")
    private int studyDays;
    @Column(name = "time_zone")
    private String timeZone;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected StudyPlan() {
    }

    StudyPlan(long userId) {
        this.userId = userId;
    }

    void set(LocalDate examDate, Set<DayOfWeek> days, ZoneId zone, Instant at) {
        this.examDate = examDate;
        this.studyDays = days.stream().mapToInt(d -> 1 << (d.getValue() - 1)).reduce(0, (a, b) -> a | b);
        this.timeZone = zone.getId();
        this.updatedAt = at;
    }

    PlanSettings settings() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if ((studyDays & (1 << (d.getValue() - 1))) != 0) {
                days.add(d);
            }
        }
        return new PlanSettings(examDate, days, ZoneId.of(timeZone));
    }
}
