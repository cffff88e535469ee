package com.massagetrainer.study;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The study plan's arithmetic (plain Java, deterministic): how much to do today so that every question of the bank
 * has been seen, and the weakest topics practised, before the exam.
 *
 * <ul>
 * <li>New questions: the unseen ones spread evenly over the study days left before the exam day (today included),
 *     rounded up, so the last of them is met the study day before the exam at the latest.</li>
 * <li>Reviews: those due today (overdue ones included) plus those falling due on the rest days before the next
 *     study day (or before the exam), since nobody will review them on those days.</li>
 * <li>Weak topics: {@value #WEAK_WHILE_NEW} questions a day from the weakest topics while unseen questions remain,
 *     {@value #WEAK_WHEN_COVERED} once the bank is covered.</li>
 * <li>On the exam day itself: the reviews due, nothing new. After it: nothing, until a new date is set.</li>
 * </ul>
 */
public final class StudyPlanner {

    static final int WEAK_WHILE_NEW = 5;
    static final int WEAK_WHEN_COVERED = 10;
    /** Topics the goal names as its focus (the weakest first). */
    static final int FOCUS_TOPICS = 3;

    private StudyPlanner() {
    }

    /**
     * @param dueForecast reviews due per day from today on: index 0 is today (overdue included); days past the end
     *                    of the list count as none due
     * @param weakTopics  topic ids, weakest first
     */
    public static DailyGoal today(LocalDate today, LocalDate examDate, Set<DayOfWeek> studyDays, int unseen,
                                  List<Long> dueForecast, List<String> weakTopics) {
        List<String> focus = weakTopics.stream().limit(FOCUS_TOPICS).toList();
        if (examDate.isBefore(today)) {
            return new DailyGoal(DailyGoal.Status.EXAM_PASSED, 0, 0, 0, List.of(), 0, null);
        }
        if (examDate.equals(today)) {
            return new DailyGoal(DailyGoal.Status.EXAM_DAY, 0, (int) due(dueForecast, 0, 1), 0, focus, 0, null);
        }
        if (studyDays.isEmpty()) {
            return new DailyGoal(DailyGoal.Status.NO_STUDY_DAYS, 0, 0, 0, focus, 0, null);
        }
        int daysLeft = 0;
        LocalDate next = null;
        for (LocalDate d = today; d.isBefore(examDate); d = d.plusDays(1)) {
            if (studyDays.contains(d.getDayOfWeek())) {
                daysLeft++;
                if (next == null && d.isAfter(today)) {
                    next = d;
                }
            }
        }
        if (!studyDays.contains(today.getDayOfWeek())) {
            return new DailyGoal(DailyGoal.Status.REST_DAY, 0, 0, 0, focus, daysLeft, next);
        }
        int newToday = unseen <= 0 ? 0 : (unseen + daysLeft - 1) / daysLeft;
        // Reviews falling due before the next study day (or before the exam day) are today's to do.
        LocalDate until = next != null ? next : examDate;
        int reviews = (int) due(dueForecast, 0, (int) (until.toEpochDay() - today.toEpochDay()));
        int weak = focus.isEmpty() ? 0 : unseen > 0 ? WEAK_WHILE_NEW : WEAK_WHEN_COVERED;
        DailyGoal.Status status = newToday + reviews + weak == 0 ? DailyGoal.Status.NOTHING_LEFT : DailyGoal.Status.STUDY;
        return new DailyGoal(status, newToday, reviews, weak, focus, daysLeft, next);
    }

    /**
     * The week's goal: a study day's goal times the study days of today's week (Monday to Sunday) before the exam.
     * An estimate: later days' goals shrink or grow as the student gets ahead or behind.
     */
    public static int weekGoal(LocalDate today, LocalDate examDate, Set<DayOfWeek> studyDays, int studyDayGoal) {
        LocalDate monday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int days = 0;
        for (LocalDate d = monday; d.isBefore(monday.plusDays(7)) && d.isBefore(examDate); d = d.plusDays(1)) {
            if (studyDays.contains(d.getDayOfWeek())) {
                days++;
            }
        }
        return days * studyDayGoal;
    }

    private static long due(List<Long> forecast, int from, int to) {
        long sum = 0;
        for (int d = from; d < to && d < forecast.size(); d++) {
            sum += forecast.get(d);
        }
        return sum;
    }
}
