package com.massagetrainer.study;

import com.massagetrainer.progress.ReviewService;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the home view shows about today's study: the plan (if any), today's goal and what is done of it, the
 * week's answers against the week's goal, and the review forecast. {@code goal} is null without a plan.
 * {@code topicNames} names the goal's focus topics.
 */
public record StudyToday(Optional<PlanSettings> plan, LocalDate today, DailyGoal goal, int doneToday,
                         int doneThisWeek, int weekGoal, List<ReviewService.DueDay> forecast,
                         Map<String, String> topicNames) {

    /** How much of today's goal is left (0 when met or when there is none). */
    public int leftToday() {
        return goal == null ? 0 : Math.max(0, goal.total() - doneToday);
    }
}
