package com.massagetrainer.progress;

import com.massagetrainer.KaribuTest;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.bank.QuestionType;
import com.massagetrainer.quiz.AttemptOnScreen;
import com.massagetrainer.quiz.QuestionOnScreen;
import com.massagetrainer.quiz.QuizFixtures;
import com.massagetrainer.quiz.QuizMode;
import com.massagetrainer.quiz.QuizRuleException;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.quiz.QuizSpec;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Spaced repetition end to end: answers schedule questions, due ones come back, the review asks exactly them. */
class ReviewServiceTest extends KaribuTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    QuizService quizzes;
    @Autowired
    BankCatalog bank;
    @Autowired
    JdbcTemplate jdbc;

    private List<String> singles(int n) {
        return QuizFixtures.questionsOfType(bank, QuestionType.SINGLE, n);
    }

    @Test
    void rightAnswersComeBackLaterThanWrongOnesAndTheReviewAsksExactlyTheDueOnesMostOverdueFirst() {
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        long id = quizzes.start(QuizSpec.ofQuestions("Three", singles(3)));
        AttemptOnScreen a = quizzes.open(id);
        quizzes.answer(id, 1, QuizFixtures.wrongAnswer(a.at(1)));
        clock.advance(Duration.ofHours(1));
        quizzes.answer(id, 2, QuizFixtures.rightAnswer(a.at(2)));
        clock.advance(Duration.ofHours(1));
        quizzes.answer(id, 3, QuizFixtures.wrongAnswer(a.at(3)));
        assertThat(reviews.dueCount()).isZero();
        assertThatThrownBy(() -> reviews.startReview()).isInstanceOf(QuizRuleException.class);

        clock.advance(Duration.ofDays(1));
        // The two wrong answers are due after a day, the one answered earlier first.
        assertThat(reviews.dueCount()).isEqualTo(2);
        assertThat(reviews.dueQuestions()).containsExactly(a.at(1).question().id(), a.at(3).question().id());

        clock.advance(Duration.ofDays(1));
        assertThat(reviews.dueCount()).isEqualTo(3);

        UI.getCurrent().getPage().reload();
        assertThat(_get(Paragraph.class, spec -> spec.withId("review-due-text")).getText())
                .isEqualTo("Review due: 3 questions");
        _click(_get(Button.class, spec -> spec.withId("start-review")));
        long review = Long.parseLong(UI.getCurrent().getInternals().getActiveViewLocation().getPath().split("/")[1]);
        assertThat(quizzes.open(review).questions()).extracting(q -> q.question().id())
                .containsExactly(a.at(1).question().id(), a.at(3).question().id(), a.at(2).question().id());
        assertThat(quizzes.open(review).mode()).isEqualTo(QuizMode.PRACTICE);
    }

    @Test
    void examAnswersCountOnceWhenTheExamIsGraded() {
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        long id = quizzes.start(new QuizSpec("Exam", QuizMode.EXAM, List.of(), 2, 10, null, false, singles(2)));
        AttemptOnScreen a = quizzes.open(id);
        quizzes.answer(id, 1, QuizFixtures.wrongAnswer(a.at(1)));
        quizzes.answer(id, 1, QuizFixtures.rightAnswer(a.at(1)));
        assertThat(jdbc.queryForObject("select count(*) from review_schedule s join attempt t on t.user_id = s.user_id "
                + "where t.id = ?", Integer.class, id)).isZero();
        quizzes.submit(id);
        Integer reviewsOfFirst = jdbc.queryForObject("select s.reviews from review_schedule s join attempt t "
                + "on t.user_id = s.user_id where t.id = ? and s.question_id = ?", Integer.class, id, a.at(1).question().id());
        assertThat(reviewsOfFirst).isEqualTo(1);
        Instant due = jdbc.queryForObject("select s.due from review_schedule s join attempt t on t.user_id = s.user_id "
                + "where t.id = ? and s.question_id = ?", Instant.class, id, a.at(1).question().id());
        assertThat(Duration.between(clock.instant(), due)).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void eachStudentSeesOnlyTheirOwnDueQuestions() {
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        long id = quizzes.start(QuizSpec.ofQuestions("One", singles(1)));
        QuestionOnScreen q = quizzes.open(id).at(1);
        quizzes.answer(id, 1, QuizFixtures.wrongAnswer(q));
        clock.advance(Duration.ofDays(3));
        assertThat(reviews.dueCount()).isEqualTo(1);
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        assertThat(reviews.dueCount()).isZero();
        assertThat(reviews.dueQuestions()).isEmpty();
    }

    @Test
    void ratingsFollowTheScore() {
        assertThat(ReviewScheduler.rating(1.0)).isEqualTo(Fsrs.Rating.GOOD);
        assertThat(ReviewScheduler.rating(0.5)).isEqualTo(Fsrs.Rating.HARD);
        assertThat(ReviewScheduler.rating(0.0)).isEqualTo(Fsrs.Rating.AGAIN);
    }
}
