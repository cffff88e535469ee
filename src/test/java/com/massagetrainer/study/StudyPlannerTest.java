package com.massagetrainer.study;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

class StudyPlannerTest {

    static final LocalDate MONDAY_2_NOV = LocalDate.of(2026, 11, 2);
    static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);
    static final Set<DayOfWeek> MON_WED_FRI = EnumSet.of(MONDAY, WEDNESDAY, FRIDAY);

    @Test
    void unseenQuestionsAreSpreadOverTheStudyDaysBeforeTheExamRoundedUp() {
        // Exam on Monday 16 Nov; study days Mon/Wed/Fri from today: 2, 4, 6, 9, 11, 13 November = 6 days.
        DailyGoal goal = StudyPlanner.today(MONDAY_2_NOV, LocalDate.of(2026, 11, 16), MON_WED_FRI, 100,
                List.of(3L, 2L, 4L, 1L), List.of("anatomy", "strokes", "cautions", "history"));
        assertThat(goal.status()).isEqualTo(DailyGoal.Status.STUDY);
        assertThat(goal.studyDaysLeft()).isEqualTo(6);
        assertThat(goal.newQuestions()).isEqualTo(17); // 100 / 6 = 16.7, rounded up
        // Due today, plus Tuesday's: nobody reviews on Tuesday; Wednesday's wait for Wednesday.
        assertThat(goal.reviews()).isEqualTo(5);
        assertThat(goal.nextStudyDay()).isEqualTo(LocalDate.of(2026, 11, 4));
        assertThat(goal.focusTopics()).containsExactly("anatomy", "strokes", "cautions");
        assertThat(goal.weakTopicQuestions()).isEqualTo(StudyPlanner.WEAK_WHILE_NEW);
        assertThat(goal.total()).isEqualTo(17 + 5 + 5);
    }

    @Test
    void examTomorrowMeansEverythingLeftIsToday() {
        DailyGoal goal = StudyPlanner.today(MONDAY_2_NOV, MONDAY_2_NOV.plusDays(1), EVERY_DAY, 42,
                List.of(7L, 9L), List.of());
        assertThat(goal.status()).isEqualTo(DailyGoal.Status.STUDY);
        assertThat(goal.studyDaysLeft()).isEqualTo(1);
        assertThat(goal.newQuestions()).isEqualTo(42);
        // Tomorrow's reviews fall on the exam day: not today's work.
        assertThat(goal.reviews()).isEqualTo(7);
        assertThat(goal.nextStudyDay()).isNull();
        assertThat(goal.weakTopicQuestions()).isZero();
    }

    @Test
    void onTheExamDayOnlyTheDueReviewsAreLeft() {
        DailyGoal goal = StudyPlanner.today(MONDAY_2_NOV, MONDAY_2_NOV, EVERY_DAY, 42, List.of(7L, 9L),
                List.of("anatomy"));
        assertThat(goal.status()).isEqualTo(DailyGoal.Status.EXAM_DAY);
        assertThat(goal.newQuestions()).isZero();
        assertThat(goal.reviews()).isEqualTo(7);
        assertThat(goal.weakTopicQuestions()).isZero();
    }

    @Test
    void aPassedExamDateAsksForNothing() {
        DailyGoal goal = StudyPlanner.today(MONDAY_2_NOV, MONDAY_2_NOV.minusDays(1), EVERY_DAY, 42, List.of(7L),
                List.of("anatomy"));
        assertThat(goal.status()).isEqualTo(DailyGoal.Status.EXAM_PASSED);
        assertThat(goal.total()).isZero();
    }

    @Test
    void aRestDayAsksForNothingAndNamesTheNextStudyDay() {
        DailyGoal goal = StudyPlanner.today(MONDAY_2_NOV.plusDays(1), LocalDate.of(2026, 11, 16), MON_WED_FRI, 100,
                List.of(3L), List.of("anatomy"));
        assertThat(goal.status()).isEqualTo(DailyGoal.Status.REST_DAY);
        assertThat(goal.total()).isZero();
        assertThat(goal.studyDaysLeft()).isEqualTo(5);
        assertThat(goal.nextStudyDay()).isEqualTo(LocalDate.of(2026, 11, 4));
    }

    @Test
    void withTheBankCoveredAndNothingDueOrWeakThereIsNothingLeft() {
        DailyGoal goal = StudyPlanner.today(MONDAY_2_NOV, LocalDate.of(2026, 12, 1), EVERY_DAY, 0,
                List.of(0L, 0L), List.of());
        assertThat(goal.status()).isEqualTo(DailyGoal.Status.NOTHING_LEFT);
        assertThat(goal.total()).isZero();
    }

    @Test
    void onceTheBankIsCoveredTheWeakTopicsGetMoreTime() {
        DailyGoal goal = StudyPlanner.today(MONDAY_2_NOV, LocalDate.of(2026, 12, 1), EVERY_DAY, 0,
                List.of(2L), List.of("strokes"));
        assertThat(goal.status()).isEqualTo(DailyGoal.Status.STUDY);
        assertThat(goal.newQuestions()).isZero();
        assertThat(goal.weakTopicQuestions()).isEqualTo(StudyPlanner.WEAK_WHEN_COVERED);
        assertThat(goal.reviews()).isEqualTo(2);
    }

    @Test
    void noStudyDaysChosenIsSaidSo() {
        DailyGoal goal = StudyPlanner.today(MONDAY_2_NOV, LocalDate.of(2026, 12, 1), EnumSet.noneOf(DayOfWeek.class),
                10, List.of(2L), List.of());
        assertThat(goal.status()).isEqualTo(DailyGoal.Status.NO_STUDY_DAYS);
        assertThat(goal.total()).isZero();
    }

    @Test
    void reviewsBeyondTheForecastCountAsNoneDue() {
        // Only Mondays: the next study day is a week away, past a two-day forecast.
        DailyGoal goal = StudyPlanner.today(MONDAY_2_NOV, LocalDate.of(2026, 12, 1), EnumSet.of(MONDAY), 0,
                List.of(1L, 2L), List.of());
        assertThat(goal.reviews()).isEqualTo(3);
        assertThat(goal.nextStudyDay()).isEqualTo(LocalDate.of(2026, 11, 9));
    }

    @Test
    void theWeeksGoalCountsTheWeeksStudyDaysBeforeTheExam() {
        assertThat(StudyPlanner.weekGoal(MONDAY_2_NOV.plusDays(2), LocalDate.of(2026, 12, 1), MON_WED_FRI, 20))
                .isEqualTo(60);
        // The exam on Friday: Monday and Wednesday only.
        assertThat(StudyPlanner.weekGoal(MONDAY_2_NOV.plusDays(2), LocalDate.of(2026, 11, 6), MON_WED_FRI, 20))
                .isEqualTo(40);
    }
}
