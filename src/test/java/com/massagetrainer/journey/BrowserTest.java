package com.massagetrainer.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Real-browser journeys: the app on a random port, driven by Playwright in the system's Chromium. Without Chromium
 * the journeys are skipped with a loud message, unless TRAINER_REQUIRE_BROWSER=true (CI), where that is a failure.
 * Each journey saves screenshots under target/journeys/, and one on failure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:journeys;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
public abstract class BrowserTest {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    static final Path SHOTS = Path.of("target", "journeys");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;
    protected BrowserContext context;
    protected Page page;
    private String testName;
    /** Messages the browser logged about the Content-Security-Policy blocking something: a journey fails on any. */
    private final List<String> policyViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void launch() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            String message = "\n\n*** REAL-BROWSER JOURNEYS SKIPPED: no Chromium at " + CHROMIUM
                    + " (apt-get install chromium). CI installs it and fails without it. ***\n";
            System.err.println(message);
            if ("true".equals(System.getenv("TRAINER_REQUIRE_BROWSER"))) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message);
        }
        Files.createDirectories(SHOTS);
        if (playwright == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                    .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--no-first-run", "--disable-background-networking", "--disable-component-update",
                            "--disable-sync")));
        }
    }

    @AfterAll
    static void keepBrowserForOtherJourneys() {
        // One browser for all journey classes; closed when the JVM ends.
    }

    @BeforeEach
    void openPage(TestInfo info) {
        testName = info.getTestMethod().map(m -> m.getName()).orElse("journey");
        newContext(1280, 900, ColorScheme.LIGHT);
    }

    protected void newContext(int width, int height, ColorScheme scheme) {
        newContext(width, height, scheme, null);
    }

    /** A fresh browser context; {@code timeZoneId} (e.g. "Europe/Berlin") sets the browser's zone, null keeps the machine's. */
    protected void newContext(int width, int height, ColorScheme scheme, String timeZoneId) {
        if (context != null) {
            context.close();
        }
        Browser.NewContextOptions options = new Browser.NewContextOptions().setViewportSize(width, height)
                .setColorScheme(scheme).setAcceptDownloads(true);
        if (timeZoneId != null) {
            options.setTimezoneId(timeZoneId);
        }
        context = browser.newContext(options);
        context.setDefaultTimeout(20_000);
        // The browser fires this event for everything the policy blocks; injected outside the page, so not blocked itself.
        context.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                + "'Content Security Policy violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI));");
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(message.text());
            }
        });
    }

    @AfterEach
    void closePage(TestInfo info) {
        if (context != null) {
            context.close();
            context = null;
        }
        List<String> violations = List.copyOf(policyViolations);
        policyViolations.clear();
        org.assertj.core.api.Assertions.assertThat(violations).as("Content-Security-Policy violations").isEmpty();
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Saves a screenshot under target/journeys/ (the journey's name and a step name). */
    protected void shot(String step) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(testName + "-" + step + ".png"))
                .setFullPage(true));
    }

    /** Saves a picture of one element (views scroll inside the app layout, so a page shot shows the top only). */
    protected void shotOf(String selector, String step) {
        page.locator(selector).scrollIntoViewIfNeeded();
        page.locator(selector).screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(SHOTS.resolve(testName + "-" + step + ".png")));
    }

    protected void signIn(String email, String password) {
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name='username']").fill(email);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        page.waitForURL(u -> !u.contains("/login"));
        page.locator("#sign-out").waitFor();
    }

    /** Runs a journey step; on failure saves a screenshot named after the failure, then fails. */
    protected void journey(Runnable steps) {
        try {
            steps.run();
        } catch (RuntimeException | AssertionError e) {
            try {
                shot("FAILED");
            } catch (RuntimeException ignored) {
                // The page may be gone; the original failure matters more.
            }
            throw e;
        }
    }

    /** Picks the first choice of whatever the question shows (radio, check box, selects or ordering). */
    protected void answerAnything() {
        Locator radios = page.locator("#options vaadin-radio-button");
        Locator checks = page.locator("#options vaadin-checkbox");
        Locator selects = page.locator("#question vaadin-select");
        if (radios.count() > 0) {
            radios.first().click();
        } else if (checks.count() > 0) {
            checks.first().click();
        } else if (selects.count() > 0) {
            for (int i = 0; i < selects.count(); i++) {
                selects.nth(i).click();
                page.locator("vaadin-select-overlay[opened] vaadin-select-item").first().click();
            }
        }
        // Ordering questions can be checked as they stand.
    }
}
