package com.massagetrainer.study;

import com.massagetrainer.SpringTest;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.quiz.AttemptOnScreen;
import com.massagetrainer.quiz.QuestionOnScreen;
import com.massagetrainer.quiz.QuizFixtures;
import com.massagetrainer.quiz.QuizRuleException;
import com.massagetrainer.quiz.QuizService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The study plan through the service: settings, a goal fixed for the day, today's session and ownership. */
class StudyPlanServiceTest extends SpringTest {

    // SpringTest's clock starts on Monday 2 November 2026, 09:00 UTC.
    static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);

    @Autowired
    StudyPlanService plans;
    @Autowired
    QuizService quizzes;
    @Autowired
    BankCatalog bank;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private void student() {
        TestAccounts.signIn(TestAccounts.newUser(context, Role.STUDENT));
    }

    @Test
    void badSettingsGetAClearMessageAndAPlanIsEachStudentsOwn() {
        student();
        assertThatThrownBy(() -> plans.savePlan(TODAY.minusDays(1), EVERY_DAY, "UTC"))
                .isInstanceOf(QuizRuleException.class).hasMessageContaining("passed");
        assertThatThrownBy(() -> plans.savePlan(TODAY.plusDays(9), EnumSet.noneOf(DayOfWeek.class), "UTC"))
                .isInstanceOf(QuizRuleException.class).hasMessageContaining("at least one day");
        assertThatThrownBy(() -> plans.savePlan(null, EVERY_DAY, "UTC")).isInstanceOf(QuizRuleException.class);
        assertThat(plans.myPlan()).isEmpty();
        PlanSettings saved = plans.savePlan(TODAY.plusDays(9), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
                "Not/AZone");
        assertThat(saved.zone().getId()).isEqualTo("Z");
        assertThat(plans.myPlan()).contains(saved);

        student();
        assertThat(plans.myPlan()).isEmpty();
        assertThat(plans.today().goal()).isNull();
        assertThatThrownBy(() -> plans.startTodaysSession()).isInstanceOf(QuizRuleException.class);
    }

    @Test
    void theGoalCoversTheBankBeforeTheExamAndStaysFixedWhileTheStudentWorks() {
        student();
        int bankSize = (int) bank.activeQuestionCount();
        // Ten days left, today included: the exam is on the eleventh.
        plans.savePlan(TODAY.plusDays(10), EVERY_DAY, "Europe/Berlin");
        StudyToday before = plans.today();
        assertThat(before.goal().status()).isEqualTo(DailyGoal.Status.STUDY);
        assertThat(before.goal().studyDaysLeft()).isEqualTo(10);
        assertThat(before.goal().newQuestions()).isEqualTo((bankSize + 9) / 10);
        assertThat(before.goal().reviews()).isZero();
        assertThat(before.doneToday()).isZero();
        assertThat(before.weekGoal()).isEqualTo(before.goal().total() * 7);

        long session = plans.startTodaysSession();
        AttemptOnScreen a = quizzes.open(session);
        assertThat(a.count()).isEqualTo(before.goal().total());
        for (int p = 1; p <= 5; p++) {
            QuestionOnScreen q = quizzes.open(session).at(p);
            quizzes.answer(session, p, QuizFixtures.rightAnswer(q));
        }
        StudyToday after = plans.today();
        assertThat(after.goal()).isEqualTo(before.goal());
        assertThat(after.doneToday()).isEqualTo(5);
        assertThat(after.doneThisWeek()).isEqualTo(5);
        assertThat(after.leftToday()).isEqualTo(before.goal().total() - 5);
        // A second session draws only what is left, nothing already met today.
        long rest = plans.startTodaysSession();
        assertThat(quizzes.open(rest).count()).isEqualTo(before.goal().total() - 5);

        // The next day: the goal is worked out again, over one day fewer and fewer unseen questions.
        clock.advance(Duration.ofDays(1));
        StudyToday tomorrow = plans.today();
        assertThat(tomorrow.goal().studyDaysLeft()).isEqualTo(9);
        assertThat(tomorrow.goal().newQuestions()).isEqualTo((bankSize - 5 + 8) / 9);
        assertThat(tomorrow.doneToday()).isZero();
        assertThat(tomorrow.doneThisWeek()).isEqualTo(5);
    }

    @Test
    void onARestDayNoSessionIsDrawn() {
        student();
        plans.savePlan(TODAY.plusDays(20), EnumSet.of(DayOfWeek.TUESDAY), "UTC");
        StudyToday t = plans.today();
        assertThat(t.goal().status()).isEqualTo(DailyGoal.Status.REST_DAY);
        assertThat(t.goal().nextStudyDay()).isEqualTo(TODAY.plusDays(1));
        assertThat(t.weekGoal()).isPositive();
        assertThatThrownBy(() -> plans.startTodaysSession()).isInstanceOf(QuizRuleException.class)
                .hasMessageContaining("rest day");
    }
}
