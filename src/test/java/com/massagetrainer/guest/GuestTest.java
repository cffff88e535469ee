package com.massagetrainer.guest;

import com.massagetrainer.SpringTest;
import com.massagetrainer.account.AccountService;
import com.massagetrainer.account.CurrentUser;
import com.massagetrainer.account.Registration;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.account.TrainerPrincipal;
import com.massagetrainer.account.UserSummary;
import com.massagetrainer.quiz.AttemptOnScreen;
import com.massagetrainer.quiz.AttemptSummary;
import com.massagetrainer.quiz.Preset;
import com.massagetrainer.quiz.QuestionOnScreen;
import com.massagetrainer.quiz.QuizFixtures;
import com.massagetrainer.quiz.QuizMode;
import com.massagetrainer.quiz.QuizRuleException;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.quiz.QuizSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "Try 10 questions" as a guest: what a guest may do, the per-address limit, claiming by registering, clean-up. */
class GuestTest extends SpringTest {

    @Autowired
    GuestService guests;
    @Autowired
    QuizService quizzes;
    @Autowired
    AccountService accounts;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    GuestCleanup cleanup;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private long tryAsNewGuest() {
        TestAccounts.signOut();
        return guests.startTry();
    }

    @Test
    void someoneNotSignedInGetsATenQuestionPracticeQuizAsAGuestThatCannotSignIn() {
        long id = tryAsNewGuest();
        assertThat(currentUser.require().role()).isEqualTo(Role.GUEST);
        AttemptOnScreen attempt = quizzes.open(id);
        assertThat(attempt.questions()).hasSize(QuizService.GUEST_QUESTIONS);
        assertThat(quizzes.summaryOf(id).mode()).isEqualTo(QuizMode.PRACTICE);
        // Trying again while the quiz is open resumes it.
        assertThat(guests.startTry()).isEqualTo(id);
    }

    @Test
    void aGuestGetsNeitherExamsNorCertificationNorLongerQuizzes() {
        tryAsNewGuest();
        assertThatThrownBy(() -> quizzes.start(QuizSpec.exam("Exam", List.of(), 10, 10, false)))
                .isInstanceOf(QuizRuleException.class).hasMessageContaining("Create an account");
        assertThatThrownBy(() -> quizzes.start(Preset.MOCK_EXAM)).isInstanceOf(QuizRuleException.class);
        assertThatThrownBy(() -> quizzes.start(QuizSpec.practice("Long", List.of(), 25)))
                .isInstanceOf(QuizRuleException.class);
        assertThatThrownBy(() -> quizzes.startCertificationExam(new QuizSpec("Cert", QuizMode.CERTIFICATION,
                List.of(), 10, 10, null, false, null), 70)).isInstanceOf(QuizRuleException.class);
        assertThat(quizzes.myHistory()).extracting(AttemptSummary::mode).containsOnly(QuizMode.PRACTICE);
    }

    @Test
    void oneAddressGetsTenTriesAtOnceThenWaits() {
        for (int i = 0; i < 10; i++) {
            tryAsNewGuest();
        }
        assertThatThrownBy(this::tryAsNewGuest).isInstanceOf(QuizRuleException.class)
                .hasMessageContaining("Try again in 6 minutes");
        clock.advance(Duration.ofMinutes(6));
        tryAsNewGuest();
    }

    @Test
    void registeringAsAGuestKeepsTheAttemptAndItsAnswers() {
        long id = tryAsNewGuest();
        long guestId = currentUser.requireId();
        AttemptOnScreen attempt = quizzes.open(id);
        QuestionOnScreen first = attempt.questions().get(0);
        quizzes.answer(id, first.position(), QuizFixtures.rightAnswer(first));
        quizzes.submit(id);

        String email = "claimed-" + UUID.randomUUID() + "@example.org";
        UserSummary account = accounts.register(new Registration("Cleo Claimed", email, "kneading-2026",
                "kneading-2026", ""));
        assertThat(account.id()).isEqualTo(guestId);
        assertThat(account.role()).isEqualTo(Role.STUDENT);

        TrainerPrincipal student = TestAccounts.principal(applicationContext(), email);
        TestAccounts.signIn(student);
        assertThat(quizzes.myHistory()).extracting(AttemptSummary::id).containsExactly(id);
        assertThat(quizzes.open(id).questions().get(0).answeredAt()).isNotNull();
        assertThat(quizzes.summaryOf(id).score()).isPositive();
    }

    @Test
    void unclaimedGuestsAreDeletedAfterADayAndClaimedOnesKeptEvenWhenTheJobRunsTwice() {
        long unclaimedAttempt = tryAsNewGuest();
        long unclaimed = currentUser.requireId();
        QuestionOnScreen q = quizzes.open(unclaimedAttempt).questions().get(0);
        quizzes.answer(unclaimedAttempt, q.position(), QuizFixtures.rightAnswer(q));
        long claimedAttempt = tryAsNewGuest();
        long claimed = currentUser.requireId();
        accounts.register(new Registration("Kept", "kept-" + UUID.randomUUID() + "@example.org", "kneading-2026",
                "kneading-2026", ""));

        clock.advance(Duration.ofHours(23));
        cleanup.deleteUnclaimedGuests();
        assertThat(userExists(unclaimed)).isTrue();

        clock.advance(Duration.ofHours(1).plusMinutes(1));
        assertThat(cleanup.deleteUnclaimedGuests()).isPositive();
        assertThat(cleanup.deleteUnclaimedGuests()).isZero();
        assertThat(userExists(unclaimed)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from attempt where id = ?", Integer.class, unclaimedAttempt))
                .isZero();
        assertThat(userExists(claimed)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from attempt where id = ?", Integer.class, claimedAttempt))
                .isOne();
    }

    private boolean userExists(long id) {
        return jdbc.queryForObject("select count(*) from app_user where id = ?", Integer.class, id) == 1;
    }

    @Autowired
    private org.springframework.context.ApplicationContext context;

    private org.springframework.context.ApplicationContext applicationContext() {
        return context;
    }
}
