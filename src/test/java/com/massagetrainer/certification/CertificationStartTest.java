package com.massagetrainer.certification;

import com.massagetrainer.AllAtOnce;
import com.massagetrainer.SpringTest;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.account.TrainerPrincipal;
import com.massagetrainer.quiz.AttemptStatus;
import com.massagetrainer.quiz.QuizService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starting a certification exam: parallel sessions, double clicks and the seconds after a deadline. */
class CertificationStartTest extends SpringTest {

    @Autowired
    CertificationService certification;
    @Autowired
    QuizService quizzes;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private TrainerPrincipal student() {
        TrainerPrincipal p = TestAccounts.newUser(context, Role.STUDENT);
        TestAccounts.signIn(p);
        return p;
    }

    private long defaultCertification() {
        return certification.offers().get(0).id();
    }

    private int attemptsOf(TrainerPrincipal p) {
        return jdbc.queryForObject("select count(*) from attempt where user_id = ?", Integer.class, p.id());
    }

    @Test
    void eightSessionsStartingAtOnceOpenOneExamAndAllContinueIt() throws Exception {
        TrainerPrincipal me = student();
        long cert = defaultCertification();
        List<AllAtOnce.Outcome<Long>> outcomes = AllAtOnce.run(8, () -> certification.start(cert));
        assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).as("every session gets the exam").isNull());
        // A second click (or session) resumes the open exam rather than being turned away.
        assertThat(outcomes.stream().map(AllAtOnce.Outcome::value).distinct()).hasSize(1);
        assertThat(attemptsOf(me)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from certification_attempt where user_id = ?", Integer.class,
                me.id())).isEqualTo(1);
        assertThat(certification.offers().get(0).openAttempt()).contains(outcomes.get(0).value());
    }

    @Test
    void aFailedExamKeepsEveryParallelSessionWaitingForTheRetake() throws Exception {
        TrainerPrincipal me = student();
        long cert = defaultCertification();
        quizzes.submit(certification.start(cert));
        List<AllAtOnce.Outcome<Long>> outcomes = AllAtOnce.run(8, () -> certification.start(cert));
        assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).isInstanceOf(CertificationRuleException.class)
                .hasMessageContaining("retake this exam from"));
        assertThat(attemptsOf(me)).isEqualTo(1);
    }

    @Test
    void startingTwoSecondsAfterTheDeadlineGradesTheOldExamAndAppliesTheRetakeWait() {
        TrainerPrincipal me = student();
        long cert = defaultCertification();
        long first = certification.start(cert);
        Instant deadline = quizzes.summaryOf(first).deadline();
        // The expiry job has not run yet: the exam is still open in the database.
        clock.set(deadline.plusSeconds(2));
        assertThat(jdbc.queryForObject("select status from attempt where id = ?", String.class, first))
                .isEqualTo("IN_PROGRESS");

        CertificationOffer offer = certification.offers().get(0);
        assertThat(offer.openAttempt()).as("nothing to continue").isEmpty();
        assertThat(offer.retakeFrom()).as("the start button waits for the retake").contains(deadline.plus(Duration.ofHours(24)));
        assertThatThrownBy(() -> certification.start(cert)).isInstanceOf(CertificationRuleException.class)
                .hasMessageContaining("retake this exam from");

        assertThat(attemptsOf(me)).isEqualTo(1);
        assertThat(quizzes.summaryOf(first).status()).isEqualTo(AttemptStatus.EXPIRED);
        assertThat(quizzes.summaryOf(first).finishedAt()).isEqualTo(deadline);
        assertThat(quizzes.summaryOf(first).passed()).isFalse();
    }

    @Test
    void startingAfterTheDeadlineWithoutLookingAtTheOffersIsRefusedToo() {
        TrainerPrincipal me = student();
        long cert = defaultCertification();
        long first = certification.start(cert);
        clock.set(quizzes.summaryOf(first).deadline().plusSeconds(2));
        assertThatThrownBy(() -> certification.start(cert)).isInstanceOf(CertificationRuleException.class)
                .hasMessageContaining("retake this exam from");
        assertThat(attemptsOf(me)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from attempt where id = ?", String.class, first))
                .isEqualTo("EXPIRED");
    }
}
