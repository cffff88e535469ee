package com.massagetrainer.journey;

import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.account.TrainerPrincipal;
import com.massagetrainer.bank.QuestionType;
import com.massagetrainer.quiz.QuizMode;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A student reports a question from practice feedback, an admin answers it, the student reads the answer at home. */
class ReportJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext app;

    @Test
    void aReportGoesFromTheFeedbackToTheAdminsQueueAndTheReplyComesBackHome() {
        journey(() -> {
            String student = JourneySupport.newStudent(app);
            long quiz = JourneySupport.startQuiz(app, student, QuizMode.PRACTICE, null, QuestionType.SINGLE,
                    QuestionType.TRUE_FALSE);
            signIn(student, JourneySupport.PASSWORD);
            page.navigate(url("quiz/" + quiz));
            assertThat(page.locator("#progress-text")).hasText("1 of 2");
            answerAnything();
            page.locator("#check").click();
            page.locator("#report-1").click();
            // The dialog element itself has no box; its content is drawn in an overlay.
            assertThat(page.locator("#report-reason")).isVisible();
            page.locator("#report-reason vaadin-radio-button", new Page.LocatorOptions().setHasText("Typo or wording"))
                    .click();
            page.locator("#report-text textarea").fill("The rationale of option B has a doubled word.");
            shot("dialog");
            page.locator("#report-send").click();
            assertThat(page.locator("vaadin-notification-card").last()).containsText("You will see the answer");
            page.navigate(url(""));
            assertThat(page.locator("#my-reports")).containsText("Waiting for an answer");

            TrainerPrincipal admin = TestAccounts.newUser(app, Role.ADMIN);
            newContext(1280, 900, ColorScheme.LIGHT);
            signIn(admin.email(), "password-123");
            page.navigate(url("reports"));
            page.locator("#report-queue vaadin-grid-cell-content",
                    new Page.LocatorOptions().setHasText("doubled word")).first().click();
            assertThat(page.locator("#report-question")).not().isEmpty();
            page.locator("#report-reply textarea").fill("Thank you: the doubled word is gone in the next version.");
            shot("queue");
            page.locator("#mark-fixed").click();
            assertThat(page.locator("vaadin-notification-card").last()).containsText("Answered");

            for (ColorScheme scheme : new ColorScheme[] {ColorScheme.LIGHT, ColorScheme.DARK}) {
                newContext(390, 844, scheme);
                signIn(student, JourneySupport.PASSWORD);
                assertThat(page.locator("#my-reports")).containsText("Fixed");
                assertThat(page.locator("#my-reports")).containsText("the doubled word is gone");
                shotOf("#my-reports", "home-reply-" + scheme.name().toLowerCase());
            }
            newContext(1280, 900, ColorScheme.DARK);
            signIn(admin.email(), "password-123");
            page.navigate(url("reports"));
            page.locator("#show-all").click();
            assertThat(page.locator("#report-queue")).containsText("fixed");
            shot("queue-answered-dark");
        });
    }
}
