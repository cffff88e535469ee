package com.massagetrainer.journey;

import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.bank.QuestionType;
import com.massagetrainer.classroom.ClassroomService;
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

    @Test
    void focusMovesToTheVerdictAndTheNextQuestionAndTheStemStaysInView() {
        newContext(390, 844, com.microsoft.playwright.options.ColorScheme.LIGHT);
        journey(() -> {
            String email = JourneySupport.newStudent(app);
            long id = JourneySupport.startQuiz(app, email, QuizMode.PRACTICE, null, QuestionType.SINGLE,
                    QuestionType.SINGLE);
            signIn(email, JourneySupport.PASSWORD);
            page.navigate(url("quiz/" + id));
            page.locator("#stem").waitFor();
            page.keyboard().press("1");
            page.keyboard().press("Enter");
            assertThat(page.locator("#verdict-1")).isVisible();
            assertThat(page.locator("#verdict-1")).isFocused();
            assertThat(inViewport("#stem")).as("the stem stays in view after Check").isTrue();
            assertThat(page.locator("#quiz-announcer")).hasText(page.locator("#verdict-1").textContent());
            shot("after-check");

            page.keyboard().press("Enter");
            assertThat(page.locator("#progress-text")).hasText("2 of 2");
            assertThat(page.locator("#stem")).isFocused();
            assertThat(inViewport("#stem")).isTrue();
            assertThat(page.locator("#quiz-announcer")).containsText("Question 2 of 2");
            // The next Tab goes into the question, not back to the page's header.
            page.keyboard().press("Tab");
            assertThat((Boolean) page.evaluate("() => document.querySelector('#question').contains(document.activeElement)"))
                    .isTrue();
        });
    }

    @Test
    void examMapIsOneTabStopThatArrowKeysMoveThrough() {
        journey(() -> {
            String email = JourneySupport.newStudent(app);
            long id = JourneySupport.startQuiz(app, email, QuizMode.EXAM, 30, QuestionType.SINGLE,
                    QuestionType.SINGLE, QuestionType.SINGLE, QuestionType.SINGLE, QuestionType.SINGLE);
            signIn(email, JourneySupport.PASSWORD);
            page.navigate(url("quiz/" + id));
            page.locator("#nav-5").waitFor();
            tabTo("#navigator");
            assertThat(page.locator("#nav-1")).isFocused();
            page.keyboard().press("Tab");
            assertThat((Boolean) page.evaluate("() => document.querySelector('#navigator').contains(document.activeElement)"))
                    .as("one Tab leaves the map: the other questions are not tab stops").isFalse();
            page.keyboard().press("Shift+Tab");
            assertThat(page.locator("#nav-1")).isFocused();
            page.keyboard().press("ArrowRight");
            assertThat(page.locator("#nav-2")).isFocused();
            page.keyboard().press("End");
            assertThat(page.locator("#nav-5")).isFocused();
            page.keyboard().press("Home");
            assertThat(page.locator("#nav-1")).isFocused();
            page.keyboard().press("ArrowRight");
            page.keyboard().press("ArrowRight");
            assertThat(page.locator("#nav-3")).hasAttribute("tabindex", "0");
            shot("map-focus");
            page.keyboard().press("Enter");
            // Enter jumps, and does not also press Next (which would show 4 of 5).
            assertThat(page.locator("#progress-text")).hasText("3 of 5");
            assertThat(page.locator("#stem")).isFocused();
            // A click on the map also leaves focus on the new question, not on the page.
            page.locator("#nav-5").click();
            assertThat(page.locator("#progress-text")).hasText("5 of 5");
            assertThat(page.locator("#stem")).isFocused();
            tabTo("#navigator");
            assertThat(page.locator("#nav-5")).isFocused();
            page.keyboard().press("ArrowLeft");
            page.keyboard().press(" ");
            assertThat(page.locator("#progress-text")).hasText("4 of 5");
        });
    }

    @Test
    void enterSubmitsTheVerifyAndJoinClassFields() {
        journey(() -> {
            page.navigate(url("verify"));
            page.locator("#verify-code input").fill("NOPE-NOPE-NOPE-NOPE");
            page.locator("#verify-code input").press("Enter");
            assertThat(page.locator("#verification-result")).hasAttribute("data-state", "unknown");
            // The address follows the check in the same round trip, but the browser applies it a moment later.
            page.waitForURL(u -> u.endsWith("/verify/NOPE-NOPE-NOPE-NOPE"));

            String email = JourneySupport.newStudent(app);
            ClassroomService classes = app.getBean(ClassroomService.class);
            TestAccounts.signIn(TestAccounts.principal(app, TestAccounts.INSTRUCTOR));
            String code;
            try {
                code = classes.create("Enter cohort", "").joinCode();
            } finally {
                TestAccounts.signOut();
            }
            signIn(email, JourneySupport.PASSWORD);
            page.locator("#join-code-field input").fill(code);
            page.locator("#join-code-field input").press("Enter");
            assertThat(page.locator("#my-classes")).containsText("Enter cohort");
        });
    }

    /** Whether the element's box lies within the browser window. */
    private boolean inViewport(String selector) {
        return (Boolean) page.evaluate("s => { const r = document.querySelector(s).getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight; }", selector);
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
