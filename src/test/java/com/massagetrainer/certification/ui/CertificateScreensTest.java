package com.massagetrainer.certification.ui;

import com.massagetrainer.KaribuTest;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.account.TrainerPrincipal;
import com.massagetrainer.certification.CertificateDetails;
import com.massagetrainer.certification.CertificationRuleException;
import com.massagetrainer.certification.CertificationService;
import com.massagetrainer.quiz.QuizFixtures;
import com.massagetrainer.quiz.QuizService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.regex.Pattern;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue #15 item 8: a revoked certificate has no PDF (view and service), the admin grid, "Passed" said once. */
class CertificateScreensTest extends KaribuTest {

    @Autowired
    CertificationService certification;
    @Autowired
    QuizService quizzes;

    private long passedAttempt;

    private CertificateDetails pass(TrainerPrincipal student) {
        login(student);
        long id = certification.start(certification.offers().get(0).id());
        QuizFixtures.answerInTurn(quizzes, id, 60);
        quizzes.submit(id);
        passedAttempt = id;
        return certification.myCertificates().get(0);
    }

    @Test
    void theResultPageSaysPassedOnce() {
        pass(TestAccounts.newUser(applicationContext, Role.STUDENT));
        UI.getCurrent().navigate("certification/result/" + passedAttempt);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("certification-verdict")).getText())
                .isEqualTo("Passed");
        String page = _get(CertificationResultView.class).getElement().getTextRecursively();
        assertThat(Pattern.compile("Passed").matcher(page).results().count()).as(page).isEqualTo(1);
        assertThat(_get(Paragraph.class, spec -> spec.withId("certificate-about")).getText())
                .startsWith("With distinction. Anyone can check it");
    }

    @Test
    void aRevokedCertificateOffersNoPdfAndTheServiceRefusesIt() {
        TrainerPrincipal holder = TestAccounts.newUser(applicationContext, Role.STUDENT);
        CertificateDetails c = pass(holder);
        UI.getCurrent().navigate("certification");
        assertThat(_get(Anchor.class, spec -> spec.withId("download-" + c.id())).getText()).isEqualTo("Download PDF");

        UI.getCurrent().navigate("");
        login(TestAccounts.ADMIN);
        certification.revoke(c.id(), "Identity not confirmed");
        UI.getCurrent().navigate("admin/certification");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<CertificateDetails> grid =
                _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("certificates-grid"));
        java.util.List<CertificateDetails> rows = com.github.mvysny.kaributesting.v10.GridKt._findAll(grid);
        int row = rows.indexOf(rows.stream().filter(r -> r.id() == c.id()).findFirst().orElseThrow());
        Div status = (Div) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, row, "status");
        assertThat(status.getElement().getTextRecursively()).isEqualTo("RevokedIdentity not confirmed");

        UI.getCurrent().navigate("");
        login(holder);
        UI.getCurrent().navigate("certification");
        _assertNone(Anchor.class, spec -> spec.withId("download-" + c.id()));
        assertThat(_get(Anchor.class, spec -> spec.withId("verify-link-" + c.id())).getText())
                .isEqualTo("Verification page");
        assertThat(_get(Div.class, spec -> spec.withId("certificate-" + c.id())).getElement().getTextRecursively())
                .contains("REVOKED: Identity not confirmed");
        assertThatThrownBy(() -> certification.pdf(c.id())).isInstanceOf(CertificationRuleException.class)
                .hasMessageContaining("revoked");
    }
}
