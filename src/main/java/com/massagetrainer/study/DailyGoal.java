package com.massagetrainer.study;

import java.time.LocalDate;
import java.util.List;

/**
 * What the study plan asks of the student today: {@code newQuestions} never seen, {@code reviews} due (those falling
 * due on rest days before the next study day included) and {@code weakTopicQuestions} from {@code focusTopics}, the
 * weakest topics. {@code studyDaysLeft} counts today when it is a study day; {@code nextStudyDay} is the next one
 * after today before the exam, or null.
 */
public record DailyGoal(Status status, int newQuestions, int reviews, int weakTopicQuestions, List<String> focusTopics,
                        int studyDaysLeft, LocalDate nextStudyDay) {

    public enum Status {
        /** A study day with work to do. */
        STUDY,
        /** Not one of the student's study days. */
        REST_DAY,
        /** The exam is today: only the reviews due, nothing new. */
        EXAM_DAY,
        /** The exam date has passed: the plan asks for nothing until a new date is set. */
        EXAM_PASSED,
        /** A study day, but the bank is covered, nothing is due and no topic is weak. */
        NOTHING_LEFT,
        /** No day of the week is chosen. */
        NO_STUDY_DAYS
    }

    public DailyGoal {
        focusTopics = List.copyOf(focusTopics);
    }

    public int total() {
        return newQuestions + reviews + weakTopicQuestions;
    }
}
