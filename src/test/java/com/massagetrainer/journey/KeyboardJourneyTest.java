package com.massagetrainer.journey;

import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.bank.QuestionType;
import com.massagetrainer.quiz.AttemptOnScreen;
import com.massagetrainer.quiz.QuizMode;
import com.massagetrainer.quiz.QuizService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A whole quiz with the keyboard only: no click, no mouse event at all. */
class KeyboardJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext app;

    @Test
    void practiceQuizWithoutAMouse() {
        journey(() -> {
            String email = JourneySupport.newStudent(app);
            long id = JourneySupport.startQuiz(app, email, QuizMode.PRACTICE, null, QuestionType.SINGLE,
                    QuestionType.MULTIPLE, QuestionType.ORDERING);
            // Count every mouse event the page receives; the journey must end with none.
            page.addInitScript("window.__mouse = 0; ['mousedown','mouseup','click','pointerdown'].forEach(t =>"
                    + " window.addEventListener(t, e => { if (e.isTrusted && e.detail > 0) window.__mouse++; }, true));");
            page.navigate(url("login"));
            page.keyboard().press("Tab");
            tabTo("input[name='username']");
            page.keyboard().type(email);
            page.keyboard().press("Tab");
            page.keyboard().type(JourneySupport.PASSWORD);
            page.keyboard().press("Enter");
            page.waitForURL(u -> !u.contains("/login"));
            page.navigate(url("quiz/" + id));
            assertThat(page.locator("#progress-text")).hasText("1 of 3");

            for (int pos = 1; pos <= 3; pos++) {
                assertThat(page.locator("#progress-text")).hasText(pos + " of 3");
                answerByKeyboard(pos);
                page.keyboard().press("Enter");
                assertThat(page.locator("#verdict-" + pos)).isVisible();
                page.keyboard().press("Enter");
            }
            assertThat(page.locator("#score")).isVisible();
            shot("results");

            assertThat(((Number) page.evaluate("() => window.__mouse")).intValue()).isZero();
            TestAccounts.signIn(TestAccounts.principal(app, email));
            try {
                AttemptOnScreen done = app.getBean(QuizService.class).open(id);
                assertThat(done.answered()).isEqualTo(3);
                assertThat(done.questions()).filteredOn(q -> q.question().type() == QuestionType.MULTIPLE)
                        .singleElement().satisfies(q -> assertThat(q.response()).hasSize(2));
            } finally {
                TestAccounts.signOut();
            }
        });
    }

    /** Answers the question on screen with keys only, whatever its type. */
    private void answerByKeyboard(int pos) {
        page.locator("#question").waitFor();
        if (page.locator("#options vaadin-radio-button").count() > 0) {
            page.keyboard().press("2");
            assertThat(page.locator("#options vaadin-radio-button").nth(1)).hasAttribute("checked", "");
        } else if (page.locator("#options vaadin-checkbox").count() > 0) {
            page.keyboard().press("1");
            assertThat(page.locator("#options vaadin-checkbox").nth(0)).hasAttribute("checked", "");
            page.keyboard().press("3");
            assertThat(page.locator("#options vaadin-checkbox").nth(2)).hasAttribute("checked", "");
        } else {
            String first = page.locator(".ordering-text").first().textContent();
            tabTo("#down-1");
            page.keyboard().press("Space");
            assertThat(page.locator(".ordering-text").nth(1)).hasText(first);
            shot("ordering-by-keyboard");
        }
    }

    /** Presses Tab until the element matching the selector (or inside it) has focus. */
    private void tabTo(String selector) {
        for (int i = 0; i < 60; i++) {
            Object focused = page.evaluate("s => { let a = document.activeElement; while (a && a.shadowRoot"
                    + " && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;"
                    + " const t = document.querySelector(s) || document.querySelector('vaadin-login-form')?.querySelector(s);"
                    + " return !!t && (t === document.activeElement || t.contains(document.activeElement) || t === a); }",
                    selector);
            if (Boolean.TRUE.equals(focused)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Tab never reached " + selector);
    }
}
