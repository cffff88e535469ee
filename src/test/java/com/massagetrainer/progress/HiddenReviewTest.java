package com.massagetrainer.progress;

import com.massagetrainer.SpringTest;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.bank.CurrentQuestion;
import com.massagetrainer.certification.CertificationService;
import com.massagetrainer.quiz.AttemptOnScreen;
import com.massagetrainer.quiz.QuestionOnScreen;
import com.massagetrainer.quiz.QuizFixtures;
import com.massagetrainer.quiz.QuizMode;
import com.massagetrainer.quiz.QuizRuleException;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.quiz.QuizSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Answers given where the review is hidden (certification exams, assignments without review) must not reveal a key
 * or which answers were wrong: not through "Review due", the history, "practise my mistakes" or the draw behind the
 * dashboard's "Practise this topic", until the student meets the question again where answers are shown.
 */
class HiddenReviewTest extends SpringTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    QuizService quizzes;
    @Autowired
    CertificationService certification;
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

    @Test
    void wrongAnswersInACertificationExamShowUpNowhereADayLater() {
        TestAccounts.signIn(TestAccounts.newUser(context, Role.STUDENT));
        long id = certification.start(certification.offers().get(0).id());
        QuizFixtures.answerInTurn(quizzes, id, 20);
        quizzes.submit(id);
        assertThat(quizzes.open(id).passed()).isFalse();

        clock.advance(Duration.ofDays(1));
        assertThat(reviews.dueCount()).as("review due").isZero();
        assertThat(reviews.dueQuestions()).isEmpty();
        assertThatThrownBy(() -> reviews.startReview()).isInstanceOf(QuizRuleException.class);
        clock.advance(Duration.ofDays(30));
        assertThat(reviews.dueCount()).as("nor a month later").isZero();

        AttemptOnScreen history = quizzes.open(id);
        assertThat(history.reviewAllowed()).isFalse();
        assertThat(history.questions()).as("history detail hands out no question, key or per-question score").isEmpty();
        assertThat(history.topics()).isNotEmpty();
        assertThatThrownBy(() -> quizzes.startMistakes(id)).isInstanceOf(QuizRuleException.class);
        assertThatThrownBy(() -> quizzes.flag(id, 1, true)).isInstanceOf(QuizRuleException.class);
    }

    @Test
    void aHiddenAnswerWaitsAndCountsOnceTheQuestionIsMetAgainWithFeedback() {
        var student = TestAccounts.newUser(context, Role.STUDENT);
        TestAccounts.signIn(student);
        long me = student.id();
        List<String> ids = QuizFixtures.questionsOfType(bank, com.massagetrainer.bank.QuestionType.SINGLE, 2);
        long exam = quizzes.start(new QuizSpec("Assigned, review hidden", QuizMode.EXAM, List.of(), 2, 10, null, false,
                ids), false);
        AttemptOnScreen a = quizzes.open(exam);
        for (QuestionOnScreen q : a.questions()) {
            quizzes.answer(exam, q.position(), QuizFixtures.wrongAnswer(q));
        }
        quizzes.submit(exam);
        clock.advance(Duration.ofDays(1));
        assertThat(reviews.dueCount()).isZero();
        assertThat(quizzes.open(exam).questions()).isEmpty();

        // Met again in practice, where the key is shown after answering: now it is scheduled, and the held exam
        // answer has been replayed before the practice one.
        long practice = quizzes.start(QuizSpec.ofQuestions("Practice", List.of(ids.get(0))));
        QuestionOnScreen q = quizzes.open(practice).at(1);
        assertThat(quizzes.answer(practice, 1, QuizFixtures.rightAnswer(q)).score()).isEqualTo(1.0);
        assertThat(jdbc.queryForObject("select reviews from review_schedule where user_id = ? and question_id = ?",
                Integer.class, me, ids.get(0))).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from held_review where user_id = ? and question_id = ?",
                Integer.class, me, ids.get(0))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from review_schedule where user_id = ? and question_id = ?",
                Integer.class, me, ids.get(1))).as("the other one still waits").isZero();
    }

    @Test
    void theDrawDoesNotPreferTheQuestionsAnsweredWronglyUnderAHiddenReview() {
        TestAccounts.signIn(TestAccounts.newUser(context, Role.STUDENT));
        String topic = bank.topics().get(0).getId();
        List<String> all = bank.currentQuestions(List.of(topic), List.of(1, 2, 3)).stream()
                .map(CurrentQuestion::questionId).sorted().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(8);
        // Every question of the topic in a hidden exam: half answered wrong, half right.
        long exam = quizzes.start(new QuizSpec("Hidden", QuizMode.EXAM, List.of(), all.size(), 60, null, false, all),
                false);
        Set<String> wrong = new HashSet<>();
        for (QuestionOnScreen q : quizzes.open(exam).questions()) {
            boolean miss = q.position() % 2 == 0;
            quizzes.answer(exam, q.position(), miss ? QuizFixtures.zeroAnswer(q) : QuizFixtures.rightAnswer(q));
            if (miss) {
                wrong.add(q.question().id());
            }
        }
        quizzes.submit(exam);
        // "Practise this topic" as the dashboard starts it, three times: had the exam's answers counted, each draw
        // would be exactly the questions missed there (they rank before the ones answered right).
        int exactlyTheMissed = 0;
        for (int i = 0; i < 3; i++) {
            long practice = quizzes.start(QuizSpec.practice("Topic", List.of(topic), wrong.size()));
            Set<String> drawn = new HashSet<>();
            quizzes.open(practice).questions().forEach(q -> drawn.add(q.question().id()));
            if (drawn.equals(wrong)) {
                exactlyTheMissed++;
            }
        }
        assertThat(exactlyTheMissed).isLessThan(3);
    }
}
