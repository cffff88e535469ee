package com.massagetrainer.quiz.ui;

import com.massagetrainer.KaribuTest;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.quiz.QuizMode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The "New quiz" form offers what a student may start there: practice and exams, not certification exams. */
class NewQuizFormTest extends KaribuTest {

    @Test
    void theModeChoiceIsPracticeOrExamEachOnceAndAnExamStarts() {
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        UI.getCurrent().navigate("quiz/new");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<QuizMode> mode = _get(RadioButtonGroup.class, spec -> spec.withId("mode"));
        List<QuizMode> offered = mode.getListDataView().getItems().toList();
        assertThat(offered).containsExactly(QuizMode.PRACTICE, QuizMode.EXAM);
        assertThat(offered.stream().map(m -> mode.getItemLabelGenerator().apply(m)))
                .containsExactly("Practice: feedback after each answer", "Exam: timed, results at the end");

        _setValue(mode, QuizMode.EXAM);
        _setValue(_get(IntegerField.class, spec -> spec.withId("count")), 3);
        _setValue(_get(IntegerField.class, spec -> spec.withId("minutes")), 10);
        _click(_get(Button.class, spec -> spec.withId("start")));
        assertThat(_get(Span.class, spec -> spec.withId("mode")).getText()).isEqualTo("Exam");
    }

    @Test
    void startIsOneClickAtATimeAndComesBackAfterARefusal() {
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        UI.getCurrent().navigate("quiz/new");
        Button start = _get(Button.class, spec -> spec.withId("start"));
        assertThat(start.isDisableOnClick()).as("a double click must not open two quizzes").isTrue();
        _setValue(_get(IntegerField.class, spec -> spec.withId("count")), 0);
        _click(start);
        assertThat(_get(Paragraph.class, spec -> spec.withId("quiz-problem")).getText()).startsWith("Choose between 1");
        assertThat(start.isEnabled()).as("the student fixes the form and tries again").isTrue();
    }
}
