package com.massagetrainer.journey;

import com.massagetrainer.quiz.AttemptStatus;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.account.TestAccounts;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class ExamJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext app;

    @Test
    void examWithCountdownSurvivesAReloadAndSubmitsToResults() {
        journey(() -> {
            String email = JourneySupport.newStudent(app);
            signIn(email, JourneySupport.PASSWORD);
            page.navigate(url("quiz/new"));
            page.locator("#mode vaadin-radio-button").nth(1).click();
            page.locator("#count input").fill("5");
            page.locator("#minutes input").fill("15");
            page.locator("#start").click();
            assertThat(page.locator("#countdown")).containsText("left");
            assertThat(page.locator("#progress-text")).hasText("1 of 5");
            answerFirstChoice();
            assertThat(page.locator("#save-status")).hasText("Answer saved");
            page.locator("#next").click();
            assertThat(page.locator("#progress-text")).hasText("2 of 5");
            answerFirstChoice();
            assertThat(page.locator("#save-status")).hasText("Answer saved");
            // F flags; take focus off the answer first so a select's type-ahead cannot swallow the key.
            page.evaluate("() => document.activeElement && document.activeElement.blur()");
            page.keyboard().press("f");
            assertThat(page.locator("#nav-2")).hasAttribute("data-state", "flagged");
            shot("exam");

            page.reload();
            assertThat(page.locator("#progress-text")).hasText("3 of 5");
            assertThat(page.locator("#nav-1")).hasAttribute("data-state", "answered");
            assertThat(page.locator("#nav-2")).hasAttribute("data-state", "flagged");
            assertThat(page.locator("#countdown")).containsText(":");
            shot("after-reload");
            // The question map jumps: a real click on its plain HTML button reaches the server.
            page.locator("#nav-1").click();
            assertThat(page.locator("#progress-text")).hasText("1 of 5");
            assertThat(page.locator("#nav-1")).hasAttribute("aria-current", "step");

            page.locator("#submit").click();
            assertThat(page.locator("vaadin-confirm-dialog-overlay")).containsText("Unanswered: 3, 4, 5");
            page.locator("vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button']").click();
            assertThat(page.locator("#score")).isVisible();
            assertThat(page.locator("#review-item-5")).containsText("Not answered");
            shot("results");
        });
    }

    @Test
    void narrowPhoneWidthQuizFitsTheScreen() {
        newContext(390, 844, ColorScheme.DARK);
        journey(() -> {
            String email = JourneySupport.newStudent(app);
            long id = JourneySupport.startQuiz(app, email, com.massagetrainer.quiz.QuizMode.EXAM, 20,
                    com.massagetrainer.bank.QuestionType.MATCHING, com.massagetrainer.bank.QuestionType.SINGLE);
            signIn(email, JourneySupport.PASSWORD);
            page.navigate(url("quiz/" + id));
            assertThat(page.locator("#question")).isVisible();
            shot("phone-matching");
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
            page.locator("#next").click();
            assertThat(page.locator("#progress-text")).hasText("2 of 2");
            answerFirstChoice();
            assertThat(page.locator("#save-status")).hasText("Answer saved");
            shot("phone-single");
            TestAccounts.signIn(TestAccounts.principal(app, email));
            try {
                assertThat(app.getBean(QuizService.class).open(id).at(2).isAnswered()).isTrue();
                assertThat(app.getBean(QuizService.class).open(id).status()).isEqualTo(AttemptStatus.IN_PROGRESS);
            } finally {
                TestAccounts.signOut();
            }
        });
    }

    private void answerFirstChoice() {
        if (page.locator("#options vaadin-radio-button").count() > 0) {
            page.locator("#options vaadin-radio-button").first().click();
        } else if (page.locator("#options vaadin-checkbox").count() > 0) {
            page.locator("#options vaadin-checkbox").first().click();
        } else if (page.locator("#question vaadin-select").count() > 0) {
            page.locator("#question vaadin-select").first().click();
            page.locator("vaadin-select-overlay[opened] vaadin-select-item").first().click();
        } else {
            page.locator("#down-1").click();
        }
    }
}
