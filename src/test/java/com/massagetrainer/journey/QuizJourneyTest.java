package com.massagetrainer.journey;

import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.bank.QuestionType;
import com.massagetrainer.quiz.QuizMode;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class QuizJourneyTest extends BrowserTest {

    /** The largest scroll offset of the page and of every element, shadow roots included (the app layout scrolls inside). */
    static final String MAX_SCROLL = """
            () => {
              let max = Math.max(window.scrollY, document.scrollingElement ? document.scrollingElement.scrollTop : 0);
              const walk = root => root.querySelectorAll('*').forEach(e => {
                max = Math.max(max, e.scrollTop);
                if (e.shadowRoot) { walk(e.shadowRoot); }
              });
              walk(document);
              return max;
            }""";

    @Autowired
    ApplicationContext app;

    @Test
    void aDoubleClickOnStartOpensOneQuiz() {
        journey(() -> {
            String email = JourneySupport.newStudent(app);
            signIn(email, JourneySupport.PASSWORD);
            page.navigate(url("quiz/new"));
            page.locator("#count input").fill("5");
            page.locator("#start").dblclick();
            assertThat(page.locator("#progress-text")).hasText("1 of 5");
            page.navigate(url(""));
            page.locator("#preset-mixed").dblclick();
            assertThat(page.locator("#progress-text")).hasText("1 of 25");
            TestAccounts.signIn(TestAccounts.principal(app, email));
            try {
                org.assertj.core.api.Assertions.assertThat(app.getBean(QuizService.class).myHistory())
                        .as("one quiz from each double click").hasSize(2);
            } finally {
                TestAccounts.signOut();
            }
        });
    }

    @Test
    void registerSignInAndPractiseWithFeedback() {
        journey(() -> {
            String email = "journey-" + UUID.randomUUID() + "@example.org";
            page.navigate(url("register"));
            page.locator("#register-name input").fill("Jo Journey");
            page.locator("#register-email input").fill(email);
            page.locator("#register-password input").fill("kneading-2026");
            page.locator("#register-confirm input").fill("kneading-2026");
            shot("register");
            page.locator("#register-submit").click();
            assertThat(page.locator("#login-notice")).containsText("Your account is ready");
            signIn(email, "kneading-2026");
            shot("home");
            page.locator("#preset-mixed").click();
            assertThat(page.locator("#progress-text")).hasText("1 of 25");
            shot("question");
            for (int i = 1; i <= 3; i++) {
                answerAnything();
                page.locator("#check").click();
                assertThat(page.locator("#verdict-" + i)).isVisible();
                if (i == 1) {
                    shot("feedback");
                }
                page.locator("#next").click();
                assertThat(page.locator("#progress-text")).hasText((i + 1) + " of 25");
            }
            page.navigate(url("history"));
            assertThat(page.locator("#history-grid")).containsText("25 mixed questions");
            page.navigate(url(""));
            assertThat(page.locator("#stat-answered")).hasText("3");
            shot("dashboard");
        });
    }

    /**
     * Finishing a practice quiz from the bottom of the last feedback opens the results at the top, score in view, on
     * desktop and phone; so does any later route change (here: a menu link after scrolling down the review).
     */
    @Test
    void resultsAndEveryRouteChangeStartAtTheTop() {
        String email = JourneySupport.newStudent(app);
        for (int width : new int[]{1280, 390}) {
            newContext(width, width > 600 ? 900 : 844, width > 600 ? ColorScheme.LIGHT : ColorScheme.DARK);
            long id = JourneySupport.startQuiz(app, email, QuizMode.PRACTICE, null, QuestionType.SINGLE,
                    QuestionType.MULTIPLE, QuestionType.SINGLE, QuestionType.TRUE_FALSE, QuestionType.SINGLE);
            journey(() -> {
                signIn(email, JourneySupport.PASSWORD);
                page.navigate(url("quiz/" + id));
                for (int i = 1; i <= 5; i++) {
                    assertThat(page.locator("#progress-text")).hasText(i + " of 5");
                    answerAnything();
                    page.locator("#check").click();
                    assertThat(page.locator("#verdict-" + i)).isVisible();
                    page.locator(i == 5 ? "#finish" : "#next").click();
                }
                assertThat(page.locator("#score")).isVisible();
                assertThat(page.locator("#score")).isInViewport();
                assertThat(page.locator("#results-title")).isInViewport();
                org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate(MAX_SCROLL)).intValue())
                        .as("scroll offset after the results opened").isZero();
                if (width > 600) {
                    page.locator("#expand-all").click();
                    page.locator("#review-5").scrollIntoViewIfNeeded();
                    org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate(MAX_SCROLL)).intValue()).isPositive();
                    page.locator("#main-nav vaadin-side-nav-item[path='history']").click();
                    assertThat(page.locator("#history-grid")).isVisible();
                    org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate(MAX_SCROLL)).intValue())
                            .as("scroll offset after a menu link").isZero();
                }
            });
        }
    }
}
