package com.massagetrainer.journey;

import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Try 10 questions without an account → results → create an account to keep this → the attempt is in History. */
class GuestJourneyTest extends BrowserTest {

    @Test
    void aGuestTriesTenQuestionsThenRegistersAndFindsTheAttemptInHistory() {
        journey(() -> {
            page.navigate(url(""));
            page.locator("#try-button").click();
            shot("try");
            page.locator("#try-start").click();
            assertThat(page.locator("#progress-text")).hasText("1 of 10");
            assertThat(page.locator("#guest-claim")).isVisible();
            shot("question");
            for (int i = 1; i <= 10; i++) {
                answerAnything();
                page.locator("#check").click();
                assertThat(page.locator("#verdict-" + i)).isVisible();
                page.locator(i < 10 ? "#next" : "#finish").click();
            }
            assertThat(page.locator("#score")).isVisible();
            shot("results");

            // Anything but the guest's own quiz leads back to the try page.
            page.navigate(url("history"));
            assertThat(page.locator("#try-view")).isVisible();

            page.locator("#guest-claim").click();
            String email = "guest-" + UUID.randomUUID() + "@example.org";
            page.locator("#register-name input").fill("Gus Guest");
            page.locator("#register-email input").fill(email);
            page.locator("#register-password input").fill(JourneySupport.PASSWORD);
            page.locator("#register-confirm input").fill(JourneySupport.PASSWORD);
            page.locator("#register-submit").click();
            assertThat(page.locator("#login-notice")).containsText("Your account is ready");
            signIn(email, JourneySupport.PASSWORD);
            page.navigate(url("history"));
            assertThat(page.locator("#history-grid")).containsText("Try 10 questions");
            shot("history");
        });
    }

    @Test
    void tryPagesInLightAndDarkOnDesktopAndPhone() {
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            for (int width : new int[]{1280, 390}) {
                newContext(width, width > 600 ? 900 : 844, scheme);
                String suffix = scheme.name().toLowerCase() + "-" + width;
                journey(() -> {
                    page.navigate(url(""));
                    assertThat(page.locator("#try-button")).isVisible();
                    shot("home-" + suffix);
                    page.navigate(url("try"));
                    assertThat(page.locator("#try-start")).isVisible();
                    shot("try-" + suffix);
                    page.locator("#try-start").click();
                    assertThat(page.locator("#progress-text")).hasText("1 of 10");
                    shot("guest-quiz-" + suffix);
                    page.navigate(url("history"));
                    assertThat(page.locator("#try-guest-only")).isVisible();
                    shot("guest-try-" + suffix);
                });
            }
        }
    }
}
