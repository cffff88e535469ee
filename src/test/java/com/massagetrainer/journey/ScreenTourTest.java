package com.massagetrainer.journey;

import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.bank.QuestionType;
import com.massagetrainer.quiz.AttemptOnScreen;
import com.massagetrainer.quiz.QuestionOnScreen;
import com.massagetrainer.quiz.QuizFixtures;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.quiz.QuizSpec;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Visits every student view in light and dark, at desktop and phone width, and saves the pictures under
 * target/journeys/ so that people look at them; fails if a view shows an error instead of its content.
 */
class ScreenTourTest extends BrowserTest {

    @Autowired
    ApplicationContext app;
    /** A word from a question the student has answered, for the search page. */
    private String searchWord;

    @Test
    void everyStudentViewRendersInLightAndDarkOnDesktopAndPhone() {
        String email = JourneySupport.newStudent(app);
        long finished = historyFor(email);
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            for (int width : new int[]{1280, 390}) {
                newContext(width, width > 600 ? 900 : 844, scheme);
                String suffix = scheme.name().toLowerCase() + "-" + width;
                journey(() -> {
                    signIn(email, JourneySupport.PASSWORD);
                    assertThat(page.locator("#mastery-chart svg")).isVisible();
                    assertThat(page.locator("#readiness-value")).isVisible();
                    shot("dashboard-" + suffix);
                    shotOf("#mastery", "mastery-" + suffix);
                    shotOf("#trend", "trend-" + suffix);
                    shotOf("#study-plan", "study-plan-" + suffix);
                    page.navigate(url("search"));
                    page.locator("#search-field input").fill(searchWord);
                    page.locator("#search-field input").press("Enter");
                    assertThat(page.locator("#search-results .found-card").first()).isVisible();
                    shot("search-" + suffix);
                    page.navigate(url("quiz/new"));
                    assertThat(page.locator("#start")).isVisible();
                    shot("new-quiz-" + suffix);
                    page.navigate(url("quiz/" + finished + "/results"));
                    assertThat(page.locator("#score")).isVisible();
                    shot("results-" + suffix);
                    page.navigate(url("history"));
                    assertThat(page.locator("#history-grid")).isVisible();
                    shot("history-" + suffix);
                    page.navigate(url("profile"));
                    assertThat(page.locator("#profile-name")).isVisible();
                    shot("profile-" + suffix);
                });
            }
        }
    }

    /** Forty answered questions over two quizzes, so the dashboard has something to show. */
    private long historyFor(String email) {
        TestAccounts.signIn(TestAccounts.principal(app, email));
        try {
            QuizService quizzes = app.getBean(QuizService.class);
            BankCatalog bank = app.getBean(BankCatalog.class);
            long last = 0;
            for (int round = 0; round < 2; round++) {
                long id = quizzes.start(QuizSpec.practice("Mixed " + (round + 1), List.of(), 20));
                AttemptOnScreen a = quizzes.open(id);
                for (QuestionOnScreen q : a.questions()) {
                    boolean right = (q.position() + round) % 4 != 0;
                    List<String> answer = right || q.question().type() != QuestionType.SINGLE
                            ? QuizFixtures.rightAnswer(q) : QuizFixtures.wrongAnswer(q);
                    quizzes.answer(id, q.position(), answer);
                }
                quizzes.submit(id);
                last = id;
            }
            // A study plan for the home page, a star and a search word for the search page.
            app.getBean(com.massagetrainer.study.StudyPlanService.class).savePlan(
                    java.time.LocalDate.ofInstant(quizzes.now(), java.time.ZoneOffset.UTC).plusDays(20),
                    java.util.EnumSet.allOf(java.time.DayOfWeek.class), "UTC");
            QuestionOnScreen first = quizzes.open(last).questions().get(0);
            app.getBean(com.massagetrainer.bookmark.BookmarkService.class).setStarred(first.question().id(), true);
            searchWord = java.util.Arrays.stream(first.question().stem().split("[^A-Za-z]+"))
                    .max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
            bank.topics();
            return last;
        } finally {
            TestAccounts.signOut();
        }
    }
}
