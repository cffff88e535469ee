package com.massagetrainer.progress;

import com.massagetrainer.SpringTest;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.bank.QuestionType;
import com.massagetrainer.quiz.AttemptOnScreen;
import com.massagetrainer.quiz.QuestionOnScreen;
import com.massagetrainer.quiz.QuizFixtures;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.quiz.QuizSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Same-day relearning in review sessions, and the forecast of reviews due over the next two weeks. */
class RelearningTest extends SpringTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    QuizService quizzes;
    @Autowired
    BankCatalog bank;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private long student() {
        var me = TestAccounts.newUser(context, Role.STUDENT);
        TestAccounts.signIn(me);
        return me.id();
    }

    /** Answers every question of a new practice quiz wrongly, so that all of them are due tomorrow. */
    private void missAll(List<String> ids) {
        long first = quizzes.start(QuizSpec.ofQuestions("First pass", ids));
        AttemptOnScreen a = quizzes.open(first);
        for (QuestionOnScreen q : a.questions()) {
            quizzes.answer(first, q.position(), QuizFixtures.wrongAnswer(q));
        }
    }

    private List<String> idsOf(long attempt) {
        return quizzes.open(attempt).questions().stream().map(q -> q.question().id()).toList();
    }

    private Object schedule(long userId, String questionId, String column) {
        return jdbc.queryForObject("select " + column + " from review_schedule where user_id = ? and question_id = ?",
                Object.class, userId, questionId);
    }

    @Test
    void aQuestionMissedInReviewComesBackThreeQuestionsLaterAndItsSecondAnswerLeavesFsrsAlone() {
        long me = student();
        List<String> six = QuizFixtures.questionsOfType(bank, QuestionType.SINGLE, 6);
        missAll(six);
        clock.advance(Duration.ofDays(1).plusHours(1));
        long review = reviews.startReview();
        List<String> order = idsOf(review);
        assertThat(order).hasSize(6);

        // Missed again: FSRS takes the lapse once, and the question is asked again after three others.
        quizzes.answer(review, 1, QuizFixtures.wrongAnswer(quizzes.open(review).at(1)));
        Instant dueAfterMiss = ((java.time.OffsetDateTime) schedule(me, order.get(0), "due")).toInstant();
        assertThat(idsOf(review)).containsExactly(order.get(0), order.get(1), order.get(2), order.get(3),
                order.get(0), order.get(4), order.get(5));
        assertThat(schedule(me, order.get(0), "reviews")).isEqualTo(2);
        assertThat(schedule(me, order.get(0), "lapses")).isEqualTo(2);

        for (int p = 2; p <= 4; p++) {
            clock.advance(Duration.ofMinutes(1));
            quizzes.answer(review, p, QuizFixtures.rightAnswer(quizzes.open(review).at(p)));
        }
        clock.advance(Duration.ofMinutes(1));
        quizzes.answer(review, 5, QuizFixtures.rightAnswer(quizzes.open(review).at(5)));
        // Right on relearning: minutes-old memory, so the schedule set by the miss stands (due tomorrow).
        assertThat(schedule(me, order.get(0), "reviews")).isEqualTo(2);
        assertThat(((java.time.OffsetDateTime) schedule(me, order.get(0), "due")).toInstant()).isEqualTo(dueAfterMiss);
        assertThat(dueAfterMiss).isAfter(clock.instant().plus(Duration.ofHours(12)));

        // Near the end, a miss goes last; missed again there, it comes back once more, then the session ends.
        quizzes.answer(review, 6, QuizFixtures.rightAnswer(quizzes.open(review).at(6)));
        quizzes.answer(review, 7, QuizFixtures.wrongAnswer(quizzes.open(review).at(7)));
        assertThat(idsOf(review)).hasSize(8).last().isEqualTo(order.get(5));
        quizzes.answer(review, 8, QuizFixtures.wrongAnswer(quizzes.open(review).at(8)));
        assertThat(idsOf(review)).hasSize(9).last().isEqualTo(order.get(5));
        quizzes.answer(review, 9, QuizFixtures.wrongAnswer(quizzes.open(review).at(9)));
        assertThat(idsOf(review)).hasSize(9);
        assertThat(schedule(me, order.get(5), "reviews")).isEqualTo(2);

        // The score counts each question's first answer: 4 of 6 right.
        assertThat(quizzes.submit(review).score()).isEqualTo(66.7);
    }

    @Test
    void anOrdinaryPracticeQuizHasNoRelearningSteps() {
        student();
        List<String> two = QuizFixtures.questionsOfType(bank, QuestionType.SINGLE, 2);
        long quiz = quizzes.start(QuizSpec.ofQuestions("Two", two));
        quizzes.answer(quiz, 1, QuizFixtures.wrongAnswer(quizzes.open(quiz).at(1)));
        assertThat(idsOf(quiz)).hasSize(2);
    }

    @Test
    void theForecastCountsDueReviewsPerDayInTheStudentsTimeZone() {
        student();
        List<String> two = QuizFixtures.questionsOfType(bank, QuestionType.SINGLE, 2);
        long quiz = quizzes.start(QuizSpec.ofQuestions("Two", two));
        quizzes.answer(quiz, 1, QuizFixtures.wrongAnswer(quizzes.open(quiz).at(1)));
        clock.advance(Duration.ofHours(11));
        quizzes.answer(quiz, 2, QuizFixtures.wrongAnswer(quizzes.open(quiz).at(2)));
        // Now 2026-11-02 20:00 UTC; both misses are due a day after they were answered (09:00 and 20:00 UTC).

        List<ReviewService.DueDay> utc = reviews.forecast(ZoneOffset.UTC);
        assertThat(utc).hasSize(ReviewService.FORECAST_DAYS + 1);
        assertThat(utc.get(0).day()).hasToString("2026-11-02");
        assertThat(utc).extracting(ReviewService.DueDay::due).startsWith(0L, 2L, 0L);

        // On Kiritimati (UTC+14) it is already 3 November: the first is due today, the second tomorrow.
        List<ReviewService.DueDay> kiritimati = reviews.forecast(ZoneId.of("Pacific/Kiritimati"));
        assertThat(kiritimati.get(0).day()).hasToString("2026-11-03");
        assertThat(kiritimati).extracting(ReviewService.DueDay::due).startsWith(1L, 1L, 0L);

        // Overdue reviews count as due today.
        clock.advance(Duration.ofDays(5));
        assertThat(reviews.forecast(ZoneOffset.UTC)).extracting(ReviewService.DueDay::due).startsWith(2L, 0L);

        // Another student's schedule is not counted.
        student();
        assertThat(reviews.forecast(ZoneOffset.UTC)).allMatch(d -> d.due() == 0);
    }
}
