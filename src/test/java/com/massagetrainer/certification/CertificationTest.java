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

    /** Answers the first {@code right} questions right and the rest wrong, one at a time as the exam hands them out. */
    private void answer(long attemptId, int right) {
        QuizFixtures.answerInTurn(quizzes, attemptId, right);
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
        // The student sees one question at a time: read the drawn blueprint from the stored attempt.
        Map<String, Long> perTopic = new java.util.HashMap<>();
        applicationContext.getBean(org.springframework.jdbc.core.JdbcTemplate.class).query(
                "select topic_id, count(*) from attempt_item where attempt_id = ? group by topic_id",
                rs -> { perTopic.put(rs.getString(1), rs.getLong(2)); }, id);
        // 60 questions over weights adding to 100: each topic gets 0.6 x weight, remainders to the largest fractions.
        for (Topic t : bank.topics()) {
            assertThat(perTopic.get(t.getId())).as(t.getId()).isBetween((long) Math.floor(0.6 * t.getWeight()),
                    (long) Math.ceil(0.6 * t.getWeight()));
        }
        assertThat(certification.start(defaultCertification())).as("starting again resumes").isEqualTo(id);
    }

    @Test
    void theServiceHandsOutOneQuestionAtATimeWithNoSkippingAndNoGoingBack() {
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        long id = certification.start(defaultCertification());
        AttemptOnScreen first = quizzes.open(id);
        assertThat(first.sequential()).isTrue();
        assertThat(first.questions()).as("only the current question is handed out")
                .extracting(QuestionOnScreen::position).containsExactly(1);
        assertThatThrownBy(() -> first.at(2)).isInstanceOf(java.util.NoSuchElementException.class);

        // Reading ahead: neither moving on nor answering question 2 works while question 1 is unanswered.
        assertThatThrownBy(() -> quizzes.next(id)).isInstanceOf(QuizRuleException.class)
                .hasMessageContaining("cannot be skipped");
        assertThatThrownBy(() -> quizzes.answer(id, 2, List.of("a"))).isInstanceOf(QuizRuleException.class)
                .hasMessageContaining("Answer question 1 first");
        assertThat(quizzes.open(id).questions()).extracting(QuestionOnScreen::position).containsExactly(1);

        // The current answer may change until the student moves on.
        QuestionOnScreen q1 = first.at(1);
        quizzes.answer(id, 1, QuizFixtures.zeroAnswer(q1));
        quizzes.answer(id, 1, QuizFixtures.rightAnswer(q1));
        AttemptOnScreen second = quizzes.next(id);
        assertThat(second.questions()).extracting(QuestionOnScreen::position).containsExactly(2);
        assertThat(second.answered()).isEqualTo(1);
        assertThat(second.count()).isEqualTo(60);

        // No going back once moved on.
        assertThatThrownBy(() -> quizzes.answer(id, 1, QuizFixtures.zeroAnswer(q1)))
                .isInstanceOf(QuizRuleException.class).hasMessageContaining("cannot go back");
        assertThatThrownBy(() -> quizzes.flag(id, 2, true)).isInstanceOf(QuizRuleException.class)
                .hasMessageContaining("cannot be flagged");

        // A reload lands on the first unanswered question, and only that one is handed out.
        QuestionOnScreen q2 = second.at(2);
        quizzes.answer(id, 2, QuizFixtures.rightAnswer(q2));
        quizzes.next(id);
        AttemptOnScreen reloaded = quizzes.open(id);
        assertThat(reloaded.resumePosition()).isEqualTo(3);
        assertThat(reloaded.questions()).extracting(QuestionOnScreen::position).containsExactly(3);
        assertThat(reloaded.at(3).isAnswered()).isFalse();

        // Finished, the certification shows no question at all: bands and the score only.
        quizzes.submit(id);
        AttemptOnScreen done = quizzes.open(id);
        assertThat(done.questions()).isEmpty();
        assertThat(done.reviewAllowed()).isFalse();
        assertThat(done.topics()).isNotEmpty();
    }

    @Test
    void theExamViewShowsOnlyTheCurrentQuestionWithNoPreviousNoMapNoFlag() {
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        long id = certification.start(defaultCertification());
        UI.getCurrent().navigate("quiz/" + id);
        assertThat(_get(Span.class, spec -> spec.withId("progress-text")).getText()).isEqualTo("1 of 60");
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(Button.class, spec -> spec.withId("previous"));
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(Button.class, spec -> spec.withId("flag"));
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(com.vaadin.flow.component.html.Div.class,
                spec -> spec.withId("navigator"));
        Button next = _get(Button.class, spec -> spec.withId("next"));
        assertThat(next.isEnabled()).as("no skipping: Next waits for an answer").isFalse();
        assertNoOtherQuestionOnScreen(id, 1);

        // Answered (here through the service, as the view's save does), Next hands out question 2 only.
        quizzes.answer(id, 1, QuizFixtures.rightAnswer(quizzes.open(id).at(1)));
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("quiz/" + id);
        _click(_get(Button.class, spec -> spec.withId("next")));
        assertThat(_get(Span.class, spec -> spec.withId("progress-text")).getText()).isEqualTo("2 of 60");
        assertThat(_get(Button.class, spec -> spec.withId("next")).isEnabled()).isFalse();
        assertNoOtherQuestionOnScreen(id, 2);
    }

    /** Every text and property of the quiz page: no stem of another question of the attempt may be among them. */
    private void assertNoOtherQuestionOnScreen(long attemptId, int current) {
        com.vaadin.flow.dom.Element view = _get(com.vaadin.flow.component.Component.class,
                spec -> spec.withId("quiz-view")).getElement();
        StringBuilder all = new StringBuilder(view.getTextRecursively());
        collectProperties(view, all);
        String screen = all.toString();
        BankCatalog catalog = bank;
        List<String> stems = applicationContext.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForList(
                "select question_version_id from attempt_item where attempt_id = ? order by position", Long.class,
                attemptId).stream().map(v -> catalog.content(v).stem()).toList();
        String mine = stems.get(current - 1);
        assertThat(screen).contains(mine);
        for (int i = 0; i < stems.size(); i++) {
            if (i != current - 1 && !mine.contains(stems.get(i))) {
                assertThat(screen).as("question " + (i + 1) + " is not on screen").doesNotContain(stems.get(i));
            }
        }
    }

    private static void collectProperties(com.vaadin.flow.dom.Element e, StringBuilder out) {
        e.getPropertyNames().forEach(n -> out.append(' ').append(e.getProperty(n, "")));
        e.getChildren().forEach(c -> collectProperties(c, out));
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
