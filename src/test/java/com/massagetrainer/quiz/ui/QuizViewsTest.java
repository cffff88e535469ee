package com.massagetrainer.quiz.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.massagetrainer.KaribuTest;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.account.TrainerPrincipal;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.bank.QuestionType;
import com.massagetrainer.quiz.AttemptOnScreen;
import com.massagetrainer.quiz.AttemptStatus;
import com.massagetrainer.quiz.QuizFixtures;
import com.massagetrainer.quiz.QuizMode;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.quiz.QuizSpec;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuizViewsTest extends KaribuTest {

    @Autowired
    QuizService quizzes;
    @Autowired
    BankCatalog bank;

    private TrainerPrincipal student() {
        return login(TestAccounts.newUser(applicationContext, Role.STUDENT));
    }

    @SuppressWarnings("unchecked")
    /** A question button of the exam's map, parsed from the markup the browser receives. */
    private static org.jsoup.nodes.Element navButton(int n) {
        String html = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("navigator")).getElement()
                .getProperty("innerHTML");
        return org.jsoup.Jsoup.parseBodyFragment(html).getElementById("nav-" + n);
    }

    /** A click on a question button as the browser reports it (or any other value the browser might send). */
    private static void clickNav(String clicked) {
        com.vaadin.flow.dom.Element map = _get(com.vaadin.flow.component.html.Div.class,
                spec -> spec.withId("navigator")).getElement();
        elemental.json.JsonObject data = elemental.json.Json.createObject();
        data.put(ExamNavigator.CLICKED, clicked);
        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(map,
                new com.vaadin.flow.dom.DomEvent(map, "click", data));
    }

    private static RadioButtonGroup<String> options() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("options"));
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    private long singles(QuizMode mode, int n, Integer minutes) {
        return quizzes.start(new QuizSpec("Singles", mode, List.of(), n, minutes, null, false,
                QuizFixtures.questionsOfType(bank, QuestionType.SINGLE, n)));
    }

    @Test
    void newQuizFormStartsAPracticeQuizAndExplainsATooLargeRequest() {
        student();
        UI.getCurrent().navigate("quiz/new");
        _setValue(_get(IntegerField.class, spec -> spec.withId("count")), 5000);
        _click(_get(Button.class, spec -> spec.withId("start")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("quiz-problem")).getText()).contains("between 1 and 200");

        _setValue(_get(IntegerField.class, spec -> spec.withId("count")), 4);
        _click(_get(Button.class, spec -> spec.withId("start")));
        assertThat(text("progress-text")).isEqualTo("1 of 4");
        assertThat(text("mode")).isEqualTo("Practice");
    }

    @Test
    void practiceAttemptFromFirstQuestionToResultsWithFeedbackAfterEachAnswer() {
        student();
        long id = singles(QuizMode.PRACTICE, 3, null);
        AttemptOnScreen attempt = quizzes.open(id);
        UI.getCurrent().navigate("quiz/" + id);
        for (int i = 1; i <= 3; i++) {
            int pos = i;
            assertThat(text("progress-text")).isEqualTo(pos + " of 3");
            List<String> answer = pos == 2 ? QuizFixtures.wrongAnswer(attempt.at(pos)) : QuizFixtures.rightAnswer(attempt.at(pos));
            _setValue(options(), answer.get(0));
            _click(_get(Button.class, spec -> spec.withId("check")));
            assertThat(text("verdict-" + pos)).isEqualTo(pos == 2 ? "Incorrect" : "Correct");
            assertThat(_get(Paragraph.class, spec -> spec.withId("explanation-" + pos)).getText())
                    .isEqualTo(attempt.at(pos).question().explanation());
            assertThat(options().isReadOnly()).isTrue();
            _click(_get(Button.class, spec -> spec.withId(pos == 3 ? "finish" : "next")));
        }
        assertThat(text("score")).isEqualTo("66.7%");
        assertThat(text("pass-fail")).isEqualTo("Not passed yet");
        assertThat(_get(H2.class).getText()).startsWith("Practice quiz · ");
        assertThat(_get(Paragraph.class, spec -> spec.withId("results-name")).getText()).isEqualTo("Singles");
    }

    @Test
    void checkingWithoutAnAnswerSavesNothing() {
        student();
        long id = singles(QuizMode.PRACTICE, 2, null);
        UI.getCurrent().navigate("quiz/" + id);
        _click(_get(Button.class, spec -> spec.withId("check")));
        assertThat(quizzes.open(id).answered()).isZero();
        _assertNone(Span.class, spec -> spec.withId("verdict-1"));
    }

    @Test
    void examSavesEachAnswerAtOnceFlagsAndSubmitsAfterConfirmation() {
        student();
        long id = singles(QuizMode.EXAM, 3, 20);
        AttemptOnScreen attempt = quizzes.open(id);
        UI.getCurrent().navigate("quiz/" + id);
        assertThat(text("countdown")).isEqualTo("20:00 left");
        _setValue(options(), QuizFixtures.rightAnswer(attempt.at(1)).get(0));
        assertThat(quizzes.open(id).at(1).isAnswered()).isTrue();
        assertThat(text("save-status")).isEqualTo("Answer saved");
        _click(_get(Button.class, spec -> spec.withId("next")));
        _click(_get(Button.class, spec -> spec.withId("flag")));
        assertThat(quizzes.open(id).at(2).flagged()).isTrue();
        assertThat(navButton(2).attr("data-state")).isEqualTo("flagged");
        assertThat(navButton(1).attr("data-state")).isEqualTo("answered");
        _click(_get(Button.class, spec -> spec.withId("submit")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(dialog)).contains("Unanswered: 2, 3").contains("Flagged for review: 2");
        assertThat(quizzes.open(id).status()).isEqualTo(AttemptStatus.IN_PROGRESS);
        ConfirmDialogKt._fireConfirm(dialog);
        assertThat(text("score")).isEqualTo("33.3%");
        assertThat(quizzes.open(id).status()).isEqualTo(AttemptStatus.SUBMITTED);
    }

    @Test
    void navigatorFollowsAnswersClearingAndTheCurrentQuestionAndJumpsOnClick() {
        student();
        long id = singles(QuizMode.EXAM, 3, 20);
        AttemptOnScreen attempt = quizzes.open(id);
        UI.getCurrent().navigate("quiz/" + id);
        assertThat(navButton(1).classNames()).contains("nav-current", "nav-blank");
        assertThat(navButton(1).attr("aria-label")).isEqualTo("Question 1, unanswered");
        assertThat(navButton(1).attr("aria-current")).isEqualTo("step");
        assertThat(navButton(3).text()).isEqualTo("3");

        _setValue(options(), QuizFixtures.rightAnswer(attempt.at(1)).get(0));
        assertThat(navButton(1).attr("data-state")).isEqualTo("answered");
        assertThat(navButton(1).classNames()).contains("nav-answered").doesNotContain("nav-blank");
        assertThat(navButton(1).attr("aria-label")).isEqualTo("Question 1, answered");
        _click(_get(Button.class, spec -> spec.withId("next")));
        assertThat(navButton(1).classNames()).doesNotContain("nav-current");
        assertThat(navButton(2).classNames()).contains("nav-current");
        assertThat(navButton(2).attr("aria-current")).isEqualTo("step");
        assertThat(navButton(1).hasAttr("aria-current")).isFalse();

        clickNav("3");
        assertThat(text("progress-text")).isEqualTo("3 of 3");
        clickNav("1");
        assertThat(text("progress-text")).isEqualTo("1 of 3");
        _setValue(options(), null);
        assertThat(navButton(1).attr("data-state")).isEqualTo("blank");
        assertThat(quizzes.open(id).at(1).isAnswered()).isFalse();
    }

    @Test
    void navigatorIgnoresClicksOutsideItsQuestions() {
        student();
        long id = singles(QuizMode.EXAM, 3, 20);
        UI.getCurrent().navigate("quiz/" + id);
        for (String forged : new String[]{"0", "4", "-1", "2; alert(1)", "", "99999"}) {
            clickNav(forged);
            assertThat(text("progress-text")).as(forged).isEqualTo("1 of 3");
        }
    }

    @Test
    void resumesAfterTheBrowserIsClosedAtTheFirstUnansweredQuestionWithAnswersAndTimerIntact() {
        TrainerPrincipal me = student();
        long id = singles(QuizMode.EXAM, 4, 30);
        AttemptOnScreen attempt = quizzes.open(id);
        UI.getCurrent().navigate("quiz/" + id);
        String first = QuizFixtures.rightAnswer(attempt.at(1)).get(0);
        _setValue(options(), first);
        _click(_get(Button.class, spec -> spec.withId("next")));
        _setValue(options(), QuizFixtures.wrongAnswer(attempt.at(2)).get(0));
        clock.advance(Duration.ofMinutes(7));

        // A new browser session: a fresh UI built from what the server saved.
        MockVaadin.tearDown();
        setUpVaadin();
        login(me);
        assertThat(_get(Button.class, spec -> spec.withId("continue-button"))).isNotNull();
        _click(_get(Button.class, spec -> spec.withId("continue-button")));
        assertThat(text("progress-text")).isEqualTo("3 of 4");
        assertThat(text("countdown")).isEqualTo("23:00 left");
        clickNav("1");
        assertThat(options().getValue()).isEqualTo(first);
    }

    @Test
    void expiredExamOpensAsResultsGradedWithTheSavedAnswers() {
        student();
        long id = singles(QuizMode.EXAM, 2, 10);
        AttemptOnScreen attempt = quizzes.open(id);
        UI.getCurrent().navigate("quiz/" + id);
        _setValue(options(), QuizFixtures.rightAnswer(attempt.at(1)).get(0));
        clock.advance(Duration.ofMinutes(11));
        quizzes.closeExpiredExams();
        UI.getCurrent().navigate("history");
        UI.getCurrent().navigate("quiz/" + id);
        assertThat(text("score")).isEqualTo("50%");
        assertThat(text("result-details")).contains("submitted when time ran out");
    }

    @Test
    void answeringAfterTheDeadlineShowsResultsInsteadOfSaving() {
        student();
        long id = singles(QuizMode.EXAM, 2, 10);
        AttemptOnScreen attempt = quizzes.open(id);
        UI.getCurrent().navigate("quiz/" + id);
        clock.advance(Duration.ofMinutes(10).plusSeconds(5));
        _setValue(options(), QuizFixtures.rightAnswer(attempt.at(1)).get(0));
        assertThat(text("score")).isEqualTo("0%");
        assertThat(quizzes.open(id).status()).isEqualTo(AttemptStatus.EXPIRED);
    }

    @Test
    void studentCannotOpenAnotherStudentsAttempt() {
        student();
        long id = singles(QuizMode.PRACTICE, 2, null);
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        assertThatThrownBy(() -> UI.getCurrent().navigate("quiz/" + id)).hasRootCauseInstanceOf(NotFoundException.class);
        _assertNone(RadioButtonGroup.class, spec -> spec.withId("options"));
        assertThatThrownBy(() -> UI.getCurrent().navigate("quiz/" + id + "/results"))
                .hasRootCauseInstanceOf(NotFoundException.class);
    }

    @Test
    void historyListsAttemptsNewestFirst() {
        student();
        long older = singles(QuizMode.PRACTICE, 1, null);
        clock.advance(Duration.ofMinutes(1));
        long newer = singles(QuizMode.EXAM, 1, 5);
        UI.getCurrent().navigate("history");
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<com.massagetrainer.quiz.AttemptSummary>)
                _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("history-grid"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._findAll(grid)).extracting(a -> a.id())
                .containsExactly(newer, older);
    }
}
