package com.massagetrainer.quiz.ui;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.massagetrainer.KaribuTest;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.bank.CaseSet;
import com.massagetrainer.bank.format.BankValidator;
import com.massagetrainer.quiz.AttemptOnScreen;
import com.massagetrainer.quiz.QuizFixtures;
import com.massagetrainer.quiz.QuizMode;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.quiz.QuizSpec;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Path;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** A linked question is shown with its case: "Case: title", its place in the case and the scenario. */
class CaseSetViewsTest extends KaribuTest {

    @Autowired
    QuizService quizzes;

    /** The office-worker case: four questions, the first two single-answer questions. */
    private CaseSet office;

    @BeforeEach
    void student() {
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        office = new BankValidator().validate(Path.of("question-bank")).bank().orElseThrow().cases().stream()
                .filter(c -> c.id().equals("case-office-knots")).findFirst().orElseThrow();
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<String> options() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("options"));
    }

    @Test
    void practiceShowsTheCaseWithEachQuestionAndItsPlaceInTheCase() {
        long id = quizzes.start(QuizSpec.ofQuestions("Office case", office.questionIds()));
        AttemptOnScreen attempt = quizzes.open(id);
        UI.getCurrent().navigate("quiz/" + id);
        assertThat(text("case-title")).isEqualTo("Case: " + office.title());
        assertThat(text("case-position")).isEqualTo("Question 1 of 4 in this case");
        assertThat(_get(Paragraph.class, spec -> spec.withId("case-scenario")).getText()).isEqualTo(office.scenario());

        // The first question is a select-all; answer it right and go on to the second.
        quizzes.answer(id, 1, QuizFixtures.rightAnswer(attempt.at(1)));
        UI.getCurrent().navigate("quiz/" + id);
        assertThat(text("case-position")).isEqualTo("Question 2 of 4 in this case");
        assertThat(text("case-title")).isEqualTo("Case: " + office.title());
        _setValue(options(), QuizFixtures.rightAnswer(attempt.at(2)).get(0));
        _click(_get(Button.class, spec -> spec.withId("check")));
        assertThat(text("verdict-2")).isEqualTo("Correct");
        _click(_get(Button.class, spec -> spec.withId("next")));
        assertThat(text("case-position")).isEqualTo("Question 3 of 4 in this case");
    }

    @Test
    void examShowsTheCaseWithoutKeysAndTheResultsReviewShowsItWithEveryQuestion() {
        long id = quizzes.start(new QuizSpec("Office exam", QuizMode.EXAM, java.util.List.of(), 4, 20, null, false,
                office.questionIds()));
        UI.getCurrent().navigate("quiz/" + id);
        assertThat(text("case-position")).isEqualTo("Question 1 of 4 in this case");
        // Nothing on an exam page says which option is right.
        _assertNone(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("is-key"));
        _click(_get(Button.class, spec -> spec.withId("next")));
        assertThat(text("case-position")).isEqualTo("Question 2 of 4 in this case");

        _click(_get(Button.class, spec -> spec.withId("submit")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        for (int n = 1; n <= 4; n++) {
            int pos = n;
            assertThat(text("case-title-" + pos)).isEqualTo("Case: " + office.title());
            assertThat(text("case-position-" + pos)).isEqualTo("Question " + pos + " of 4 in this case");
            assertThat(_get(Paragraph.class, spec -> spec.withId("case-scenario-" + pos)).getText())
                    .isEqualTo(office.scenario());
        }
    }

    @Test
    void aStandAloneQuestionShowsNoCase() {
        long id = quizzes.start(QuizSpec.ofQuestions("Single", QuizFixtures.questionsOfType(
                applicationContext.getBean(com.massagetrainer.bank.BankCatalog.class),
                com.massagetrainer.bank.QuestionType.SINGLE, 1)));
        UI.getCurrent().navigate("quiz/" + id);
        assertThat(_find(Span.class, spec -> spec.withId("case-title"))).isEmpty();
    }
}
