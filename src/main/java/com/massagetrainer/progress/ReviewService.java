package com.massagetrainer.progress;

import com.massagetrainer.account.CurrentUser;
import com.massagetrainer.quiz.QuizRuleException;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.quiz.QuizSpec;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** Spaced-repetition review for the signed-in student: how many questions are due, and a session of them. */
@Service
@Transactional
public class ReviewService {

    /** A review session asks at most this many of the due questions, most overdue first. */
    public static final int SESSION_SIZE = 20;

    private final QuestionScheduleRepository cards;
    private final QuizService quizzes;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReviewService(QuestionScheduleRepository cards, QuizService quizzes, CurrentUser currentUser, Clock clock) {
        this.cards = cards;
        this.quizzes = quizzes;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public long dueCount() {
        return cards.countDue(currentUser.requireId(), clock.instant());
    }

    @Transactional(readOnly = true)
    public List<String> dueQuestions() {
        return cards.dueQuestions(currentUser.requireId(), clock.instant(), PageRequest.of(0, SESSION_SIZE));
    }

    /** Starts a practice quiz of the due questions, most overdue first; returns the attempt id. */
    public long startReview() {
        List<String> due = dueQuestions();
        if (due.isEmpty()) {
            throw new QuizRuleException("Nothing is due for review. Questions come back here as you forget them.");
        }
        return quizzes.start(QuizSpec.ofQuestions("Review: " + due.size() + " due questions", due));
    }
}
