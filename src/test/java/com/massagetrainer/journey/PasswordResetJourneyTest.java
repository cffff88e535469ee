package com.massagetrainer.journey;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Forgot password → mail (GreenMail, a real SMTP server in the JVM) → link → new password → sign in with it. */
class PasswordResetJourneyTest extends BrowserTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(39025, "127.0.0.1",
            ServerSetup.PROTOCOL_SMTP));

    private static final Pattern LINK = Pattern.compile("/(reset-password/[A-Za-z0-9_-]{43})");

    @Autowired
    ApplicationContext app;

    @Test
    void aStudentResetsTheirPasswordByMailAndSignsInWithTheNewOne() {
        String email = JourneySupport.newStudent(app);
        journey(() -> {
            page.navigate(url("login"));
            page.getByText("Forgot password?").click();
            page.locator("#forgot-email input").fill(email);
            page.locator("#forgot-send").click();
            assertThat(page.locator("#forgot-sent")).isVisible();
            shot("sent");

            assertThat(SMTP.waitForIncomingEmail(20_000, 1)).isTrue();
            String body = GreenMailUtil.getBody(SMTP.getReceivedMessages()[0]).replace("=\r\n", "").replace("=\n", "");
            Matcher m = LINK.matcher(body);
            assertThat(m.find()).as(body).isTrue();
            String path = m.group(1);

            Response response = page.navigate(url(path));
            assertThat(response.headers().get("referrer-policy")).isEqualTo("no-referrer");
            page.locator("#reset-password input").fill("effleurage-77");
            page.locator("#reset-confirm input").fill("effleurage-77");
            // The token has left the address bar (history, bookmarks, Referer of later requests).
            assertThat(page.url()).doesNotContain(path.substring("reset-password/".length()));
            shot("reset");
            page.locator("#reset-save").click();
            assertThat(page.locator("#login-notice")).containsText("new password is set");

            signIn(email, "effleurage-77");
            page.navigate(url(path));
            assertThat(page.locator("#reset-expired")).isVisible();
        });
    }

    @Test
    void forgotAndResetPagesInLightAndDarkOnDesktopAndPhone() {
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            for (int width : new int[]{1280, 390}) {
                newContext(width, width > 600 ? 900 : 844, scheme);
                String suffix = scheme.name().toLowerCase() + "-" + width;
                journey(() -> {
                    page.navigate(url("login"));
                    page.getByText("Forgot password?").waitFor();
                    shot("login-" + suffix);
                    page.navigate(url("forgot-password"));
                    page.locator("#forgot-email input").fill(suffix + "@example.org");
                    page.locator("#forgot-send").click();
                    assertThat(page.locator("#forgot-sent")).isVisible();
                    shot("forgot-" + suffix);
                    page.navigate(url("reset-password/not-a-valid-token"));
                    assertThat(page.locator("#reset-expired")).isVisible();
                    shot("reset-expired-" + suffix);
                });
            }
        }
    }
}
