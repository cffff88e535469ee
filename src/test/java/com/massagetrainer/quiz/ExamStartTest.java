package com.massagetrainer.quiz;

import com.massagetrainer.SpringTest;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.bank.QuestionType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starting a plain quiz: what may be started there, and exams whose deadline passed before the expiry job ran. */
class ExamStartTest extends SpringTest {

    @Autowired
    QuizService quizzes;
    @Autowired
    BankCatalog bank;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void signIn() {
        TestAccounts.signIn(TestAccounts.newUser(context, Role.STUDENT));
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void aCertificationExamCannotBeRequestedAsAPlainQuiz() {
        QuizSpec asked = new QuizSpec("Sneaky", QuizMode.CERTIFICATION, List.of(), 5, 30, null, false, null);
        assertThatThrownBy(() -> quizzes.start(asked)).isInstanceOf(QuizRuleException.class)
                .hasMessageContaining("Certification page");
        assertThatThrownBy(() -> quizzes.start(asked, true)).isInstanceOf(QuizRuleException.class);
        assertThat(quizzes.myHistory()).isEmpty();
    }

    @Test
    void startingAQuizAfterAnExamsDeadlineGradesThatExamFirst() {
        long exam = quizzes.start(new QuizSpec("Five minutes", QuizMode.EXAM, List.of(), 2, 5, null, false,
                QuizFixtures.questionsOfType(bank, QuestionType.SINGLE, 2)));
        AttemptOnScreen onScreen = quizzes.open(exam);
        quizzes.answer(exam, 1, QuizFixtures.rightAnswer(onScreen.at(1)));
        clock.advance(Duration.ofSeconds(302));
        long practice = quizzes.start(QuizSpec.practice("Next", List.of(), 3));
        AttemptSummary closed = quizzes.myHistory().stream().filter(a -> a.id() == exam).findFirst().orElseThrow();
        assertThat(closed.status()).isEqualTo(AttemptStatus.EXPIRED);
        assertThat(closed.score()).isEqualTo(50.0);
        assertThat(closed.finishedAt()).isEqualTo(onScreen.deadline());
        assertThat(quizzes.myOpenAttempt()).map(AttemptSummary::id).contains(practice);
    }
}
