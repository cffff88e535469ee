package com.massagetrainer.journey;

import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.bank.QuestionType;
import com.massagetrainer.quiz.AttemptOnScreen;
import com.massagetrainer.quiz.QuestionOnScreen;
import com.massagetrainer.quiz.QuizFixtures;
import com.massagetrainer.quiz.QuizMode;
import com.massagetrainer.classroom.ClassSummary;
import com.massagetrainer.classroom.ClassroomService;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.quiz.QuizSpec;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Visits every view (anonymous, student, instructor, admin; a quiz question, its feedback and an exam's map too) in
 * light and dark, at desktop and phone width, saves the pictures under target/journeys/ so that people look at them,
 * and runs axe-core over each (see {@link AxeCheck}); fails if a view shows an error instead of its content or has a
 * serious or critical accessibility violation.
 */
class ScreenTourTest extends BrowserTest {

    @Autowired
    ApplicationContext app;
    /** A word from a question the student has answered, for the search page. */
    private String searchWord;

    /** Serious and critical axe-core findings of the whole tour, so one run lists every view's problems. */
    private final List<String> accessibility = new ArrayList<>();

    @Test
    void everyViewRendersAndPassesAxeInLightAndDarkOnDesktopAndPhone() {
        // Twenty views four times over on a shared two-core machine: Playwright's 5 s per assertion is too short.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        String email = JourneySupport.newStudent(app);
        long finished = historyFor(email);
        long classId = classWith(email);
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            for (int width : new int[]{1280, 390}) {
                newContext(width, width > 600 ? 900 : 844, scheme);
                String suffix = scheme.name().toLowerCase() + "-" + width;
                long practice = JourneySupport.startQuiz(app, email, QuizMode.PRACTICE, null, QuestionType.SINGLE,
                        QuestionType.ORDERING);
                long exam = examWithAMap(email);
                journey(() -> {
                    page.navigate(url(""));
                    // The first page of a freshly started server can take a while on a busy machine.
                    page.locator("#sign-in-link").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                            .setTimeout(180_000));
                    assertThat(page.locator("#sign-in-link")).isVisible();
                    view("home-anonymous-" + suffix);
                    page.navigate(url("login"));
                    assertThat(page.locator("vaadin-login-form")).isVisible();
                    view("login-" + suffix);
                    page.navigate(url("register"));
                    assertThat(page.locator("#register-view, vaadin-text-field").first()).isVisible();
                    view("register-" + suffix);
                    page.navigate(url("verify/NOPE-NOPE-NOPE-NOPE"));
                    assertThat(page.locator("#verification-result")).isVisible();
                    view("verify-" + suffix);

                    signIn(email, JourneySupport.PASSWORD);
                    // On a phone the mastery table stands in for the chart, whose topic names leave no room for bars.
                    assertThat(page.locator(width > 600 ? "#mastery-chart svg" : "#mastery-table")).isVisible();
                    assertThat(page.locator(width > 600 ? "#mastery-table" : "#mastery-chart")).isHidden();
                    assertThat(page.locator("#readiness-value")).isVisible();
                    view("dashboard-" + suffix);
                    shotOf("#mastery", "mastery-" + suffix);
                    shotOf("#trend", "trend-" + suffix);
                    shotOf("#study-plan", "study-plan-" + suffix);
                    page.navigate(url("search"));
                    page.locator("#search-field input").fill(searchWord);
                    page.locator("#search-field input").press("Enter");
                    assertThat(page.locator("#search-results .found-card").first()).isVisible();
                    shot("search-" + suffix);
                    page.navigate(url("quiz/new"));
                    page.locator("#start").waitFor();
                    assertThat(page.locator("#start")).isVisible();
                    view("new-quiz-" + suffix);
                    page.navigate(url("quiz/" + practice));
                    assertThat(page.locator("#stem")).isVisible();
                    view("quiz-question-" + suffix);
                    answerAnything();
                    page.locator("#check").click();
                    assertThat(page.locator("#verdict-1")).isVisible();
                    view("quiz-feedback-" + suffix);
                    page.locator("#next").click();
                    assertThat(page.locator("#ordering")).isVisible();
                    view("quiz-ordering-" + suffix);
                    page.navigate(url("quiz/" + exam));
                    assertThat(page.locator("#navigator")).isVisible();
                    view("exam-map-" + suffix);
                    page.navigate(url("quiz/" + finished + "/results"));
                    // A loaded machine can take longer than an assertion's 5 s: wait with the context's timeout.
                    page.locator("#score").waitFor();
                    assertThat(page.locator("#score")).isVisible();
                    view("results-" + suffix);
                    page.navigate(url("history"));
                    assertThat(page.locator("#history-grid")).isVisible();
                    view("history-" + suffix);
                    page.navigate(url("profile"));
                    assertThat(page.locator("#profile-name")).isVisible();
                    view("profile-" + suffix);
                    page.navigate(url("certification"));
                    assertThat(page.locator("h2").first()).isVisible();
                    view("certification-" + suffix);

                    context.clearCookies();
                    signIn(TestAccounts.INSTRUCTOR, "instructor" + TestAccounts.DEMO_PASSWORD_SUFFIX);
                    page.navigate(url("classes"));
                    assertThat(page.locator("#create-class")).isVisible();
                    view("classes-" + suffix);
                    page.navigate(url("classes/" + classId));
                    assertThat(page.locator("#roster")).isVisible();
                    view("class-" + suffix);
                    page.navigate(url("item-analysis"));
                    assertThat(page.locator("h2").first()).isVisible();
                    view("item-analysis-" + suffix);

                    context.clearCookies();
                    signIn(TestAccounts.ADMIN, "admin" + TestAccounts.DEMO_PASSWORD_SUFFIX);
                    page.navigate(url("admin/users"));
                    assertThat(page.locator("vaadin-grid").first()).isVisible();
                    view("users-" + suffix);
                    page.navigate(url("admin/certification"));
                    assertThat(page.locator("h2").first()).isVisible();
                    view("certification-admin-" + suffix);
                    page.navigate(url("reports"));
                    assertThat(page.locator("h2").first()).isVisible();
                    view("reports-" + suffix);
                });
            }
        }
        org.assertj.core.api.Assertions.assertThat(accessibility)
                .as("serious or critical axe-core violations (rule [impact] help; elements), per view").isEmpty();
    }

    /** Saves a picture of the view and runs axe-core over it; findings are collected and reported at the end. */
    private void view(String name) {
        // Vaadin sets the document title just after the view's content arrives; checked before that, axe reports a
        // page without a title (seen once on a loaded machine). Every route has a title, so wait for it.
        page.waitForFunction("() => document.title.trim().length > 0");
        shot(name);
        List<String> problems = AxeCheck.blockingViolations(page, name);
        if (!problems.isEmpty()) {
            accessibility.add(name + " (" + page.url() + "):\n" + String.join("\n", problems));
        }
    }

    /** An exam of five questions: the first answered, the second flagged, so the map shows every state. */
    private long examWithAMap(String email) {
        long id = JourneySupport.startQuiz(app, email, QuizMode.EXAM, 30, QuestionType.SINGLE, QuestionType.SINGLE,
                QuestionType.MULTIPLE, QuestionType.ORDERING, QuestionType.SINGLE);
        TestAccounts.signIn(TestAccounts.principal(app, email));
        try {
            QuizService quizzes = app.getBean(QuizService.class);
            quizzes.answer(id, 1, QuizFixtures.rightAnswer(quizzes.open(id).at(1)));
            quizzes.flag(id, 2, true);
            return id;
        } finally {
            TestAccounts.signOut();
        }
    }

    /** A class of the demo instructor's that the student has joined, so the class page has a roster. */
    private long classWith(String email) {
        ClassroomService classes = app.getBean(ClassroomService.class);
        TestAccounts.signIn(TestAccounts.principal(app, TestAccounts.INSTRUCTOR));
        ClassSummary created;
        try {
            created = classes.create("Tour cohort", "Tuesday evening");
        } finally {
            TestAccounts.signOut();
        }
        TestAccounts.signIn(TestAccounts.principal(app, email));
        try {
            classes.join(created.joinCode());
        } finally {
            TestAccounts.signOut();
        }
        return created.id();
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
