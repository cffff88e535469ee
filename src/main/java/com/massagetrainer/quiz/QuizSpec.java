package com.massagetrainer.quiz;

import java.util.List;
import java.util.Set;

/**
 * What the student asked for. {@code topics} empty means all; {@code blueprint} weights topics by their exam
 * weight instead of evenly; {@code questionIds}, when given, is exactly the questions to ask (review, mistakes).
 */
public record QuizSpec(String title, QuizMode mode, List<String> topics, int count, Integer timeLimitMinutes,
                       Set<Integer> difficulties, boolean blueprint, List<String> questionIds) {

    public static final int MAX_QUESTIONS = 200;
    public static final int MAX_MINUTES = 300;

    public QuizSpec {
        topics = topics == null ? List.of() : List.copyOf(topics);
        difficulties = difficulties == null || difficulties.isEmpty() ? Set.of(1, 2, 3) : Set.copyOf(difficulties);
        questionIds = questionIds == null ? List.of() : List.copyOf(questionIds);
    }

    public static QuizSpec practice(String title, List<String> topics, int count) {
        return new QuizSpec(title, QuizMode.PRACTICE, topics, count, null, null, false, null);
    }

    public static QuizSpec exam(String title, List<String> topics, int count, int minutes, boolean blueprint) {
        return new QuizSpec(title, QuizMode.EXAM, topics, count, minutes, null, blueprint, null);
    }

    public static QuizSpec ofQuestions(String title, List<String> questionIds) {
        return new QuizSpec(title, QuizMode.PRACTICE, List.of(), questionIds.size(), null, null, false, questionIds);
    }

    /** Throws a {@link QuizRuleException} with a message for the student when the request cannot be met. */
    public void validate() {
        if (mode() == null) {
            throw new QuizRuleException("Choose Practice or Exam.");
        }
        if (count() < 1 || count() > QuizSpec.MAX_QUESTIONS) {
            throw new QuizRuleException("Choose between 1 and " + QuizSpec.MAX_QUESTIONS + " questions.");
        }
        if (mode().isTimed() && (timeLimitMinutes() == null || timeLimitMinutes() < 1
                || timeLimitMinutes() > QuizSpec.MAX_MINUTES)) {
            throw new QuizRuleException("Give the exam a time limit between 1 and " + QuizSpec.MAX_MINUTES + " minutes.");
        }
        if (difficulties().stream().anyMatch(d -> d < 1 || d > 3)) {
            throw new QuizRuleException("Difficulty is 1 (easy), 2 (medium) or 3 (hard).");
        }
    }

}
