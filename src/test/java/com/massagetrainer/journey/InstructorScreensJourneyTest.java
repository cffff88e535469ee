package com.massagetrainer.journey;

import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.certification.CertificationService;
import com.massagetrainer.classroom.AssignmentService;
import com.massagetrainer.classroom.AssignmentSpec;
import com.massagetrainer.classroom.ClassSummary;
import com.massagetrainer.classroom.ClassroomService;
import com.massagetrainer.quiz.AttemptOnScreen;
import com.massagetrainer.quiz.QuestionOnScreen;
import com.massagetrainer.quiz.QuizFixtures;
import com.massagetrainer.quiz.QuizMode;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.quiz.QuizSpec;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #15 items 6–8 where layout matters, in a real browser: the class page's twelve matrix topics fit at 1280 px,
 * the assignment form speaks the browser's time zone, the certificates grid does not overflow, the history's result
 * stays on a phone screen. Saves light and dark pictures at 1280 and 390 px of every view these items touched.
 */
class InstructorScreensJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext app;

    private String instructor;
    private long classId;
    private String student;
    private long certificateAttempt;

    @Test
    void instructorAdminAndPhoneScreensFitAndReadWell() {
        setUpData();
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            for (int width : new int[]{1280, 390}) {
                newContext(width, width > 600 ? 900 : 844, scheme, "Europe/Berlin");
                String suffix = scheme.name().toLowerCase() + "-" + width;
                journey(() -> {
                    instructorScreens(width, suffix);
                    context.clearCookies();
                    adminScreens(width, suffix);
                    context.clearCookies();
                    studentScreens(width, suffix);
                    context.clearCookies();
                    page.navigate(url("register"));
                    page.locator("#register-submit").waitFor();
                    page.locator("#register-submit").click();
                    assertThat(page.locator("#register-name[invalid]")).isVisible();
                    assertThat(page.locator("#register-email[invalid]")).isVisible();
                    assertThat(page.locator("#register-password[invalid]")).isVisible();
                    shot("register-" + suffix);
                });
            }
        }
    }

    private void instructorScreens(int width, String suffix) {
        signIn(instructor, JourneySupport.PASSWORD);
        page.navigate(url("classes/" + classId));
        page.locator("#matrix-grid").waitFor(); // the machine is slow: up to 20 s
        // The form shows the browser's zone (set to Berlin for this journey), not UTC.
        assertThat(page.locator("#assignment-opens")).hasJSProperty("label", "Opens (your time, Europe/Berlin)");
        shot("class-" + suffix);
        shotOf("#mastery-matrix", "matrix-" + suffix);
        Locator headers = page.locator("#matrix-grid .matrix-header");
        assertThat(headers).hasCount(12);
        if (width == 1280) {
            BoundingBox grid = page.locator("#matrix-grid").boundingBox();
            for (int i = 0; i < 12; i++) {
                Locator header = headers.nth(i);
                BoundingBox box = header.boundingBox();
                assertThat(box.x + box.width).as("topic header %d inside the grid at 1280 px", i)
                        .isLessThanOrEqualTo(grid.x + grid.width + 0.5);
                // Not cut: the label's text fits its box (it wraps instead of ending in "…").
                assertThat((Boolean) header.evaluate("e => e.scrollWidth <= e.clientWidth + 1"))
                        .as("header %s is not cut", header.textContent()).isTrue();
            }
        }
        page.locator("#assignment-mode vaadin-radio-button").nth(1).click();
        assertThat(page.locator("#assignment-minutes")).isVisible();
        shotOf("#assignment-form", "assignment-form-exam-" + suffix);
        page.locator("#assignment-mode vaadin-radio-button").nth(0).click();
        assertThat(page.locator("#assignment-minutes")).isHidden();
        openDialog(page.locator("vaadin-button[id^='remove-']").first());
        assertThat(page.locator("vaadin-confirm-dialog-overlay")).containsText("Remove");
        shot("remove-dialog-" + suffix);
        page.keyboard().press("Escape");

        page.navigate(url("item-analysis"));
        page.locator("#item-grid").waitFor(); // the machine is slow: up to 20 s
        page.locator("#item-grid .item-stem").first().click();
        assertThat(page.locator("#item-grid .item-options").first()).isVisible();
        shot("item-analysis-" + suffix);
        BoundingBox stem = page.locator("#item-grid .item-stem").first().boundingBox();
        assertThat(stem.width).as("the stem column is wide enough to read").isGreaterThan(width > 600 ? 250 : 120);
    }

    private void adminScreens(int width, String suffix) {
        signIn(TestAccounts.ADMIN, "admin-demo-2026");
        page.navigate(url("admin/certification"));
        page.locator("#certificates-grid").waitFor(); // the machine is slow: up to 20 s
        shot("certification-admin-" + suffix);
        shotOf("#certificates-grid", "certificates-grid-" + suffix);
        if (width == 1280) {
            Boolean fits = (Boolean) page.locator("#certificates-grid")
                    .evaluate("g => g.$.table.scrollWidth <= g.$.table.clientWidth + 1");
            assertThat(fits).as("the certificates grid has no sideways scroll at 1280 px").isTrue();
        }
        page.navigate(url("admin/users"));
        page.locator("#users-grid").waitFor(); // the machine is slow: up to 20 s
        openDialog(page.locator("#users-grid vaadin-button[id^='enable-']").first());
        assertThat(page.locator("vaadin-confirm-dialog-overlay")).containsText("Disable");
        shot("users-disable-dialog-" + suffix);
        page.keyboard().press("Escape");
    }

    private void studentScreens(int width, String suffix) {
        signIn(student, JourneySupport.PASSWORD);
        page.navigate(url("history"));
        page.locator("#history-grid").waitFor(); // the machine is slow: up to 20 s
        shot("history-" + suffix);
        Locator result = page.locator("#history-grid vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText("passed")).first();
        assertThat(result).isVisible();
        BoundingBox box = result.boundingBox();
        assertThat(box.x + box.width).as("the result is on screen at %d px", width).isLessThanOrEqualTo(width);
        page.navigate(url("certification"));
        page.locator("#certification-view").waitFor(); // the machine is slow: up to 20 s
        assertThat(page.locator("a[id^='download-']")).hasCount(1); // the student's certificate is valid
        shot("certification-" + suffix);
        page.navigate(url("certification/result/" + certificateAttempt));
        assertThat(page.locator("#certification-verdict")).hasText("Passed");
        shot("certification-result-" + suffix);
    }

    /** A class with two students (one with mastery data), an analysed assignment, two certificates (one revoked). */
    private void setUpData() {
        instructor = "teacher-" + UUID.randomUUID() + "@example.org";
        ClassroomJourneyTest.TestAdmin.makeInstructor(app, instructor);
        ClassroomService classes = app.getBean(ClassroomService.class);
        AssignmentService assignments = app.getBean(AssignmentService.class);
        QuizService quizzes = app.getBean(QuizService.class);
        CertificationService certification = app.getBean(CertificationService.class);
        ClassSummary klass;
        long assignmentId;
        long revoked = 0;
        TestAccounts.signIn(TestAccounts.principal(app, instructor));
        try {
            klass = classes.create("Thursday cohort", null);
            classId = klass.id();
            Instant now = Instant.now();
            assignmentId = assignments.create(classId, new AssignmentSpec("Anatomy warm-up", List.of("anatomy"), 5,
                    QuizMode.PRACTICE, null, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(7)), 1, true)).id();
        } finally {
            TestAccounts.signOut();
        }
        student = JourneySupport.newStudent(app);
        String second = JourneySupport.newStudent(app);
        for (String email : List.of(student, second)) {
            TestAccounts.signIn(TestAccounts.principal(app, email));
            try {
                classes.join(klass.joinCode());
                long attempt = assignments.start(assignmentId);
                AttemptOnScreen a = quizzes.open(attempt);
                for (QuestionOnScreen q : a.questions()) {
                    quizzes.answer(attempt, q.position(), QuizFixtures.rightAnswer(q));
                }
                quizzes.submit(attempt);
                long cert = certification.start(certification.offers().get(0).id());
                QuizFixtures.answerInTurn(quizzes, cert, 60);
                quizzes.submit(cert);
                if (email.equals(second)) {
                    revoked = certification.myCertificates().get(0).id();
                } else {
                    certificateAttempt = cert;
                    // A mixed quiz over every topic, so the matrix has numbers to show.
                    long mixed = quizzes.start(QuizSpec.practice("Mixed review", List.of(), 100));
                    for (QuestionOnScreen q : quizzes.open(mixed).questions()) {
                        quizzes.answer(mixed, q.position(), QuizFixtures.rightAnswer(q));
                    }
                    quizzes.submit(mixed);
                }
            } finally {
                TestAccounts.signOut();
            }
        }
        // The second student's certificate is revoked: the admin grid shows a valid and a revoked one.
        TestAccounts.signIn(TestAccounts.principal(app, TestAccounts.ADMIN));
        try {
            certification.revoke(revoked, "Exam taken by someone else, reported by the proctor");
        } finally {
            TestAccounts.signOut();
        }
    }

    /**
     * Clicks a button in a grid row that opens a confirmation. The grid is scrolled sideways to reach the button on
     * narrow screens; a click landing while the grid re-lays its cells after that scroll was seen to be lost (twice
     * in full runs on a loaded machine), so the click is tried again until the dialog is open, at most three times.
     */
    private void openDialog(Locator button) {
        button.scrollIntoViewIfNeeded();
        Locator dialog = page.locator("vaadin-confirm-dialog-overlay[opened]");
        for (int i = 0; i < 3 && dialog.count() == 0; i++) {
            button.click();
            try {
                dialog.waitFor(new Locator.WaitForOptions().setTimeout(5_000));
            } catch (com.microsoft.playwright.TimeoutError lost) {
                // tried again below
            }
        }
    }
}
