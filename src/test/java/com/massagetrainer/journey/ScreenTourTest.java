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
                    // On a phone the mastery table stands in for the chart, whose topic names leave no room for bars.
                    assertThat(page.locator(width > 600 ? "#mastery-chart svg" : "#mastery-table")).isVisible();
                    assertThat(page.locator(width > 600 ? "#mastery-table" : "#mastery-chart")).isHidden();
                    assertThat(page.locator("#readiness-value")).isVisible();
                    shot("dashboard-" + suffix);
                    shotOf("#mastery", "mastery-" + suffix);
                    shotOf("#trend", "trend-" + suffix);
                    page.navigate(url("quiz/new"));
                    page.locator("#start").waitFor();
                    assertThat(page.locator("#start")).isVisible();
                    shot("new-quiz-" + suffix);
                    page.navigate(url("quiz/" + finished + "/results"));
                    // A loaded machine can take longer than an assertion's 5 s: wait with the context's timeout.
                    page.locator("#score").waitFor();
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

    /** Forty-eight answered questions over three quizzes, so the dashboard has something to show. */
    private long historyFor(String email) {
        TestAccounts.signIn(TestAccounts.principal(app, email));
        try {
            QuizService quizzes = app.getBean(QuizService.class);
            BankCatalog bank = app.getBean(BankCatalog.class);
            // Eight answers in one topic, so the mastery chart shows one bar beside "too few answers" and "not started".
            long focused = quizzes.start(QuizSpec.practice("Anatomy", List.of("anatomy"), 8));
            for (QuestionOnScreen q : quizzes.open(focused).questions()) {
                quizzes.answer(focused, q.position(), q.position() <= 6 ? QuizFixtures.rightAnswer(q) : QuizFixtures.zeroAnswer(q));
            }
            quizzes.submit(focused);
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
            bank.topics();
            return last;
        } finally {
            TestAccounts.signOut();
        }
    }
}
