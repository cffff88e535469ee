package com.massagetrainer.journey;

import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.quiz.QuizService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class QuizJourneyTest extends BrowserTest {

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
}
