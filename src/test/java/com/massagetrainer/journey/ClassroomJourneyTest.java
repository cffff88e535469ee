package com.massagetrainer.journey;

import com.massagetrainer.account.AccountService;
import com.massagetrainer.account.Registration;
import com.microsoft.playwright.Download;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Instructor creates a class and an assignment → a student joins and completes it → the instructor gets the CSV. */
class ClassroomJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext app;

    @Test
    void classAssignmentAndCsv() {
        journey(() -> {
            String instructor = "teacher-" + UUID.randomUUID() + "@example.org";
            TestAdmin.makeInstructor(app, instructor);
            signIn(instructor, JourneySupport.PASSWORD);
            page.navigate(url("classes"));
            page.locator("#class-name input").fill("Thursday cohort");
            page.locator("#create-class").click();
            String code = page.locator("#join-code").textContent();
            page.locator("#assignment-title input").fill("Anatomy warm-up");
            page.locator("#assignment-count input").fill("3");
            page.locator("#assign").click();
            assertThat(page.locator("#assignment-list")).containsText("Anatomy warm-up");
            String classUrl = page.url();

            context.clearCookies();
            String student = JourneySupport.newStudent(app);
            signIn(student, JourneySupport.PASSWORD);
            page.locator("#join-code-field input").fill(code);
            page.locator("#join-class-button").click();
            assertThat(page.locator("#my-classes")).containsText("Thursday cohort");
            page.reload();
            page.locator("vaadin-button[id^='start-assignment-']").first().click();
            for (int i = 1; i <= 3; i++) {
                assertThat(page.locator("#progress-text")).hasText(i + " of 3");
                page.locator("#question").waitFor();
                answerAnything();
                page.locator("#check").click();
                page.locator(i == 3 ? "#finish" : "#next").click();
            }
            assertThat(page.locator("#score")).isVisible();

            context.clearCookies();
            signIn(instructor, JourneySupport.PASSWORD);
            page.navigate(classUrl);
            assertThat(page.locator("#roster")).containsText("Wes Walker");
            shot("class");
            page.locator("#assignment-list a").first().click();
            assertThat(page.locator("#results-grid")).containsText("Submitted");
            shot("results");
            Download download = page.waitForDownload(() -> page.locator("#results-csv").click());
            String csv;
            try {
                csv = Files.readString(download.path(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            assertThat(csv).startsWith("\uFEFFStudent,Status,Attempts").contains("Wes Walker,Submitted,1");
        });
    }

    /** Creates an instructor account the way an admin would (role change), for the journey. */
    static final class TestAdmin {
        static void makeInstructor(ApplicationContext app, String email) {
            app.getBean(AccountService.class).register(new Registration("Tess Teacher", email, JourneySupport.PASSWORD,
                    JourneySupport.PASSWORD, ""));
            com.massagetrainer.account.TestAccounts.signIn(com.massagetrainer.account.TestAccounts.principal(app,
                    com.massagetrainer.account.TestAccounts.ADMIN));
            try {
                long id = com.massagetrainer.account.TestAccounts.principal(app, email).id();
                app.getBean(AccountService.class).changeRole(id, com.massagetrainer.account.Role.INSTRUCTOR);
            } finally {
                com.massagetrainer.account.TestAccounts.signOut();
            }
        }
    }
}
