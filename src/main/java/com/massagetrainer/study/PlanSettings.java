package com.massagetrainer.study;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/** A study plan as the student set it. */
public record PlanSettings(LocalDate examDate, Set<DayOfWeek> studyDays, ZoneId zone) {

    public PlanSettings {
        studyDays = Set.copyOf(studyDays);
    }
}
