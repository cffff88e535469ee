package com.massagetrainer.quiz.ui;

import com.massagetrainer.KaribuTest;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.bank.QuestionType;
import com.massagetrainer.quiz.AttemptOnScreen;
import com.massagetrainer.quiz.QuizFixtures;
import com.massagetrainer.quiz.QuizMode;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.quiz.QuizSpec;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The exam's question map (legend, next flagged / unanswered, one tab stop), "Keep this order" and what is announced. */
class ExamMapTest extends KaribuTest {

    @Autowired
    QuizService quizzes;
    @Autowired
    BankCatalog bank;

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static List<Element> mapButtons() {
        String html = _get(Div.class, spec -> spec.withId("navigator")).getElement().getProperty("innerHTML");
        return Jsoup.parseBodyFragment(html).select("button[data-n]");
    }

    private long exam(QuestionType... types) {
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        List<String> ids = new ArrayList<>();
        for (QuestionType type : types) {
            ids.add(QuizFixtures.questionsOfType(bank, type, types.length).get(ids.size()));
        }
        return quizzes.start(new QuizSpec("Map", QuizMode.EXAM, List.of(), ids.size(), 30, null, false, ids));
    }

    @Test
    void theMapExplainsItsColoursAndIsOneTabStopOnTheCurrentQuestion() {
        long id = exam(QuestionType.SINGLE, QuestionType.SINGLE, QuestionType.SINGLE);
        UI.getCurrent().navigate("quiz/" + id);
        Div legend = _get(Div.class, spec -> spec.withId("map-legend"));
        assertThat(legend.getElement().getTextRecursively()).contains("Answered", "Flagged", "Current", "Unanswered");
        Div map = _get(Div.class, spec -> spec.withId("navigator"));
        assertThat(map.getElement().getAttribute("role")).isEqualTo("toolbar");
        assertThat(map.getElement().getAttribute("aria-label")).startsWith("Questions");
        assertThat(mapButtons()).extracting(b -> b.attr("tabindex")).containsExactly("0", "-1", "-1");

        _click(button("next"));
        assertThat(mapButtons()).extracting(b -> b.attr("tabindex")).containsExactly("-1", "0", "-1");
        assertThat(mapButtons().get(1).attr("aria-label")).isEqualTo("Question 2, unanswered");
    }

    @Test
    void nextFlaggedAndNextUnansweredGoRoundTheMapFromTheCurrentQuestion() {
        long id = exam(QuestionType.SINGLE, QuestionType.SINGLE, QuestionType.SINGLE, QuestionType.SINGLE,
                QuestionType.SINGLE);
        AttemptOnScreen attempt = quizzes.open(id);
        quizzes.answer(id, 2, QuizFixtures.rightAnswer(attempt.at(2)));
        quizzes.answer(id, 4, QuizFixtures.rightAnswer(attempt.at(4)));
        UI.getCurrent().navigate("quiz/" + id);
        assertThat(button("next-flagged").isEnabled()).as("nothing flagged yet").isFalse();
        assertThat(button("next-unanswered").getText()).isEqualTo("Next unanswered (3)");

        _click(button("next-unanswered"));
        assertThat(text("progress-text")).isEqualTo("3 of 5");
        _click(button("flag"));
        _click(button("next-unanswered"));
        assertThat(text("progress-text")).isEqualTo("5 of 5");
        _click(button("next-unanswered"));
        assertThat(text("progress-text")).as("round past the end to the first").isEqualTo("1 of 5");

        _click(button("next-flagged"));
        assertThat(text("progress-text")).isEqualTo("3 of 5");
        assertThat(button("next-flagged").getText()).isEqualTo("Next flagged (1)");
    }

    @Test
    void nextMarkedStartsAfterTheCurrentQuestionAndComesBackToItLast() {
        boolean[] marks = {true, false, true, false};
        assertThat(ExamNavigator.nextMarked(marks, 1)).isEqualTo(3);
        assertThat(ExamNavigator.nextMarked(marks, 3)).isEqualTo(1);
        assertThat(ExamNavigator.nextMarked(marks, 4)).isEqualTo(1);
        assertThat(ExamNavigator.nextMarked(new boolean[]{false, true}, 2)).isEqualTo(2);
        assertThat(ExamNavigator.nextMarked(new boolean[]{false, false}, 1)).isZero();
    }

    @Test
    void keepThisOrderSavesTheOrderShownAsTheAnswer() {
        long id = exam(QuestionType.ORDERING, QuestionType.SINGLE);
        AttemptOnScreen attempt = quizzes.open(id);
        UI.getCurrent().navigate("quiz/" + id);
        assertThat(mapButtons().get(0).attr("data-state")).isEqualTo("blank");

        _click(button("keep-order"));
        assertThat(quizzes.open(id).at(1).isAnswered()).isTrue();
        assertThat(quizzes.open(id).at(1).response()).isEqualTo(attempt.at(1).presentation());
        assertThat(text("save-status")).isEqualTo("Answer saved");
        assertThat(mapButtons().get(0).attr("data-state")).isEqualTo("answered");
        _assertNone(Button.class, spec -> spec.withId("keep-order"));

        // Back on the question later: already answered, so nothing to keep.
        _click(button("next"));
        _click(button("previous"));
        _assertNone(Button.class, spec -> spec.withId("keep-order"));
    }

    @Test
    void keepThisOrderLetsACertificationStudentGoOnWithoutMovingAStep() {
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        List<String> ids = List.of(QuizFixtures.questionsOfType(bank, QuestionType.ORDERING, 1).get(0),
                QuizFixtures.questionsOfType(bank, QuestionType.SINGLE, 1).get(0));
        long id = quizzes.startCertificationExam(new QuizSpec("Certification", QuizMode.CERTIFICATION, List.of(),
                2, 30, null, false, ids), 70);
        UI.getCurrent().navigate("quiz/" + id);
        assertThat(button("next").isEnabled()).as("no skipping").isFalse();
        _click(button("keep-order"));
        assertThat(quizzes.open(id).at(1).isAnswered()).isTrue();
        assertThat(button("next").isEnabled()).isTrue();
        _click(button("next"));
        assertThat(text("progress-text")).isEqualTo("2 of 2");
    }

    @Test
    void practiceOffersNoKeepButtonBecauseCheckTakesTheOrderShown() {
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        long id = quizzes.start(new QuizSpec("Practice", QuizMode.PRACTICE, List.of(), 1, null, null, false,
                QuizFixtures.questionsOfType(bank, QuestionType.ORDERING, 1)));
        UI.getCurrent().navigate("quiz/" + id);
        _assertNone(Button.class, spec -> spec.withId("keep-order"));
        _click(button("check"));
        assertThat(quizzes.open(id).at(1).isAnswered()).isTrue();
    }

    @Test
    void progressBarIsNamedAndMovesAndChecksAreAnnounced() {
        long id = exam(QuestionType.SINGLE, QuestionType.SINGLE);
        AttemptOnScreen attempt = quizzes.open(id);
        UI.getCurrent().navigate("quiz/" + id);
        ProgressBar progress = _get(ProgressBar.class, spec -> spec.withId("quiz-progress"));
        assertThat(progress.getElement().getAttribute("aria-label")).isEqualTo("Questions answered");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("options")),
                QuizFixtures.rightAnswer(attempt.at(1)).get(0));
        assertThat(progress.getElement().getAttribute("aria-valuetext")).isEqualTo("1 of 2 answered");

        Span announcer = _get(Span.class, spec -> spec.withId("quiz-announcer"));
        assertThat(announcer.getElement().getAttribute("aria-live")).isEqualTo("polite");
        _click(button("next"));
        assertThat(announcer.getText()).isEqualTo("Question 2 of 2: " + attempt.at(2).topicName());
        _click(button("flag"));
        assertThat(announcer.getText()).isEqualTo("Question 2 flagged.");
    }

    @Test
    void checkingAPracticeAnswerAnnouncesTheVerdict() {
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        long id = quizzes.start(new QuizSpec("Practice", QuizMode.PRACTICE, List.of(), 1, null, null, false,
                QuizFixtures.questionsOfType(bank, QuestionType.SINGLE, 1)));
        AttemptOnScreen attempt = quizzes.open(id);
        UI.getCurrent().navigate("quiz/" + id);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("options")),
                QuizFixtures.wrongAnswer(attempt.at(1)).get(0));
        _click(button("check"));
        assertThat(_get(Span.class, spec -> spec.withId("quiz-announcer")).getText()).isEqualTo("Incorrect");
    }
}
