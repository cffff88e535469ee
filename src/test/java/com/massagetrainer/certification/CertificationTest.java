package com.massagetrainer.certification;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.massagetrainer.KaribuTest;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.account.TrainerPrincipal;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.bank.Topic;
import com.massagetrainer.quiz.AttemptOnScreen;
import com.massagetrainer.quiz.QuestionOnScreen;
import com.massagetrainer.quiz.QuizFixtures;
import com.massagetrainer.quiz.QuizMode;
import com.massagetrainer.quiz.QuizRuleException;
import com.massagetrainer.quiz.QuizService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CertificationTest extends KaribuTest {

    @Autowired
    CertificationService certification;
    @Autowired
    QuizService quizzes;
    @Autowired
    BankCatalog bank;

    private long defaultCertification() {
        return certification.offers().get(0).id();
    }

    /** Answers the first {@code right} questions right and the rest wrong (single-answer style: nothing right). */
    private void answer(long attemptId, int right) {
        AttemptOnScreen a = quizzes.open(attemptId);
        for (QuestionOnScreen q : a.questions()) {
            List<String> answer = q.position() <= right ? QuizFixtures.rightAnswer(q) : List.of();
            if (!answer.isEmpty()) {
                quizzes.answer(attemptId, q.position(), answer);
            }
        }
    }

    @Test
    void theExamFollowsTheBlueprintInLicensingStyle() {
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        long id = certification.start(defaultCertification());
        AttemptOnScreen a = quizzes.open(id);
        assertThat(a.count()).isEqualTo(60);
        assertThat(a.mode()).isEqualTo(QuizMode.CERTIFICATION);
        assertThat(Duration.between(a.startedAt(), a.deadline())).isEqualTo(Duration.ofMinutes(75));
        assertThat(a.passMark()).isEqualTo(75);
        Map<String, Long> perTopic = a.questions().stream()
                .collect(Collectors.groupingBy(QuestionOnScreen::topicId, Collectors.counting()));
        // 60 questions over weights adding to 100: each topic gets 0.6 x weight, remainders to the largest fractions.
        for (Topic t : bank.topics()) {
            assertThat(perTopic.get(t.getId())).as(t.getId()).isBetween((long) Math.floor(0.6 * t.getWeight()),
                    (long) Math.ceil(0.6 * t.getWeight()));
        }
        quizzes.answer(id, 2, QuizFixtures.rightAnswer(a.at(2)));
        assertThatThrownBy(() -> quizzes.answer(id, 1, QuizFixtures.rightAnswer(a.at(1))))
                .isInstanceOf(QuizRuleException.class).hasMessageContaining("cannot go back");
        assertThat(quizzes.open(id).resumePosition()).isEqualTo(3);
        assertThat(certification.start(defaultCertification())).as("starting again resumes").isEqualTo(id);
    }

    @Test
    void passMarkBoundaryAndRetakeWindow() {
        TrainerPrincipal me = login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        long failed = certification.start(defaultCertification());
        answer(failed, 44);
        quizzes.submit(failed);
        CertificationResult fail = certification.result(failed);
        assertThat(fail.score()).isEqualTo(73.3);
        assertThat(fail.passed()).isFalse();
        assertThat(fail.certificate()).isEmpty();
        assertThat(fail.bands()).isNotEmpty();
        assertThatThrownBy(() -> certification.start(defaultCertification()))
                .isInstanceOf(CertificationRuleException.class).hasMessageContaining("retake this exam from");
        clock.advance(Duration.ofHours(23).plusMinutes(59));
        assertThat(certification.offers().get(0).retakeFrom()).isPresent();
        clock.advance(Duration.ofMinutes(1));
        long passed = certification.start(defaultCertification());
        answer(passed, 45);
        quizzes.submit(passed);
        CertificationResult pass = certification.result(passed);
        assertThat(pass.score()).isEqualTo(75.0);
        assertThat(pass.passed()).isTrue();
        CertificateDetails c = pass.certificate().orElseThrow();
        assertThat(c.code()).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
        assertThat(c.holderName()).isEqualTo("Test Student");
        assertThat(certification.myCertificates()).extracting(CertificateDetails::code).containsExactly(c.code());
        assertThatThrownBy(() -> certification.start(defaultCertification()))
                .hasMessageContaining("already hold this certificate");
        assertThat(me.id()).isPositive();
    }

    @Test
    void anExamClosedAtItsDeadlineWithEnoughRightAnswersStillEarnsTheCertificate() {
        TrainerPrincipal me = login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        long id = certification.start(defaultCertification());
        answer(id, 50);
        clock.advance(Duration.ofMinutes(76));
        TestAccounts.signOut();
        quizzes.closeExpiredExams();
        login(me);
        CertificationResult r = certification.result(id);
        assertThat(r.passed()).isTrue();
        assertThat(r.timedOut()).isTrue();
        assertThat(r.certificate()).isPresent();
    }

    @Test
    void openingTheResultAfterTheDeadlineGradesAndSavesTheExamAndRefusesFlagsAndMistakes() {
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        long id = certification.start(defaultCertification());
        assertThatThrownBy(() -> quizzes.flag(id, 1, true)).isInstanceOf(QuizRuleException.class)
                .hasMessageContaining("cannot be flagged");
        answer(id, 50);
        clock.advance(Duration.ofMinutes(76));
        // Before the expiry job runs: the result page itself closes the exam, and that must be saved.
        CertificationResult r = certification.result(id);
        assertThat(r.timedOut()).isTrue();
        assertThat(applicationContext.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                "select status from attempt where id = ?", String.class, id)).isEqualTo("EXPIRED");
        assertThatThrownBy(() -> quizzes.startMistakes(id)).isInstanceOf(QuizRuleException.class)
                .hasMessageContaining("answers are not shown");
    }

    @Test
    void passFlowInTheViewsEndsWithADownloadAndTheVerifyPageTellsValidRevokedAndUnknown() {
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        UI.getCurrent().navigate("certification");
        long certId = defaultCertification();
        _click(_get(Button.class, spec -> spec.withId("start-certification-" + certId)));
        long attemptId = Long.parseLong(UI.getCurrent().getInternals().getActiveViewLocation().getPath().split("/")[1]);
        answer(attemptId, 60);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("quiz/" + attemptId);
        _click(_get(Button.class, spec -> spec.withId("submit")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(Span.class, spec -> spec.withId("certification-verdict")).getText()).isEqualTo("Passed");
        CertificateDetails c = certification.myCertificates().get(0);
        Anchor download = _get(Anchor.class, spec -> spec.withId("download-" + c.id()));
        assertThat(download.getText()).isEqualTo("Download PDF");
        assertThat(certification.pdf(c.id())).startsWith("%PDF".getBytes());

        // Someone else cannot download it (nor open the result: leave that page first).
        UI.getCurrent().navigate("");
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        assertThatThrownBy(() -> certification.pdf(c.id())).isInstanceOf(AccessDeniedException.class);

        // The public verify page, signed out.
        TestAccounts.signOut();
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("verify/" + c.code().toLowerCase());
        assertThat(_get(Paragraph.class, spec -> spec.withId("verification-result")).getText())
                .isEqualTo("Valid certificate");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("verification")).getElement()
                .getTextRecursively()).contains("Test Student", "Upper-Back Massage Foundations");

        login(TestAccounts.ADMIN);
        certification.revoke(c.id(), "Exam taken by someone else");
        TestAccounts.signOut();
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("verify/" + c.code());
        assertThat(_get(Paragraph.class, spec -> spec.withId("verification-result")).getText())
                .isEqualTo("This certificate has been revoked");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("verification")).getElement()
                .getTextRecursively()).contains("Exam taken by someone else");

        UI.getCurrent().navigate("verify/ZZZZ-ZZZZ-ZZZZ-ZZZZ");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("verification")).getElement()
                .getTextRecursively()).isEqualTo("No certificate with this code.");
    }

    @Test
    void anonymousVisitorsMayOnlyOpenTheVerifyPage() {
        UI.getCurrent().navigate("verify");
        assertThat(_get(Button.class, spec -> spec.withId("verify-check"))).isNotNull();
        UI.getCurrent().navigate("certification");
        assertThat(_get(LoginForm.class)).isNotNull();
    }

    @Test
    void onlyAdminsRevokeAndReasonsAreRequired() {
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        long id = certification.start(defaultCertification());
        answer(id, 60);
        quizzes.submit(id);
        long certificateId = certification.myCertificates().get(0).id();
        assertThatThrownBy(() -> certification.revoke(certificateId, "because")).isInstanceOf(AccessDeniedException.class);
        login(TestAccounts.INSTRUCTOR);
        assertThatThrownBy(() -> certification.revoke(certificateId, "because")).isInstanceOf(AccessDeniedException.class);
        login(TestAccounts.ADMIN);
        assertThatThrownBy(() -> certification.revoke(certificateId, " ")).isInstanceOf(CertificationRuleException.class);
        assertThat(certification.revoke(certificateId, "Identity not confirmed").isRevoked()).isTrue();
        assertThatThrownBy(() -> certification.revoke(certificateId, "again")).hasMessageContaining("already revoked");
    }
}
