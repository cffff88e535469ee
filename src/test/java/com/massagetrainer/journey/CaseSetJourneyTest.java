package com.massagetrainer.journey;

import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.bank.CaseLink;
import com.massagetrainer.quiz.AttemptOnScreen;
import com.massagetrainer.quiz.QuestionOnScreen;
import com.massagetrainer.quiz.QuizFixtures;
import com.massagetrainer.quiz.QuizMode;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.quiz.QuizSpec;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A case set in the browser: the case block above a practice question and in the results review, in light and dark,
 * at desktop and phone width. The pictures land in target/journeys/ for people to look at.
 */
class CaseSetJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext app;

    @Test
    void caseScenarioIsShownWithItsQuestionsInPracticeAndReview() {
        String email = JourneySupport.newStudent(app);
        Map<String, CaseLink> links = app.getBean(BankCatalog.class).caseLinks();
        List<String> office = links.entrySet().stream().filter(e -> e.getValue().caseId().equals("case-office-knots"))
                .sorted(Comparator.comparingInt(e -> e.getValue().position())).map(Map.Entry::getKey).toList();
        long practice;
        long exam;
        TestAccounts.signIn(TestAccounts.principal(app, email));
        try {
            QuizService quizzes = app.getBean(QuizService.class);
            practice = quizzes.start(QuizSpec.ofQuestions("Office worker case", office));
            exam = quizzes.start(new QuizSpec("Office worker exam", QuizMode.EXAM, List.of(), office.size(), 20, null,
                    false, office));
            AttemptOnScreen a = quizzes.open(exam);
            for (QuestionOnScreen q : a.questions()) {
                quizzes.answer(exam, q.position(), QuizFixtures.rightAnswer(q));
            }
            quizzes.submit(exam);
        } finally {
            TestAccounts.signOut();
        }
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            for (int width : new int[]{1280, 390}) {
                newContext(width, width > 600 ? 900 : 844, scheme);
                String suffix = scheme.name().toLowerCase() + "-" + width;
                journey(() -> {
                    signIn(email, JourneySupport.PASSWORD);
                    page.navigate(url("quiz/" + practice));
                    // A first page load builds the view in dev mode: wait with the context's timeout, not 5 s.
                    page.locator("#case-title").waitFor();
                    assertThat(page.locator("#case-title")).hasText("Case: Office worker with knots between the "
                            + "shoulder blades");
                    assertThat(page.locator("#case-position")).hasText("Question 1 of 4 in this case");
                    shot("practice-" + suffix);
                    page.navigate(url("quiz/" + exam + "/results"));
                    page.locator("#review-item-2 [slot='summary']").click();
                    page.locator("#case-position-2").waitFor();
                    assertThat(page.locator("#case-position-2")).hasText("Question 2 of 4 in this case");
                    shotOf("#review-2", "review-" + suffix);
                });
            }
        }
    }
}
