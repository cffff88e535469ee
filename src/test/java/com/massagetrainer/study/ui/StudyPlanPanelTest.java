package com.massagetrainer.study.ui;

import com.massagetrainer.KaribuTest;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.quiz.QuizService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Home's study plan: set it up, see today's goal and the forecast, start today's session. */
class StudyPlanPanelTest extends KaribuTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

    @Autowired
    QuizService quizzes;

    @Test
    void aStudentSetsAPlanSeesTodaysGoalAndStartsTodaysSession() {
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        UI.getCurrent().navigate("");
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-none")).getText()).contains("daily goal");
        assertThat(_get(Paragraph.class, spec -> spec.withId("forecast-summary")).getText())
                .isEqualTo("Reviews due today: 0 · next 7 days: 0 · next 14 days: 0");
        _get(Div.class, spec -> spec.withId("review-forecast"));

        _click(_get(Button.class, spec -> spec.withId("plan-setup")));
        // A past date is refused with a message, and the dialog stays open with what was entered.
        _setValue(_get(DatePicker.class, spec -> spec.withId("plan-exam-date")), TODAY.minusDays(3));
        _click(_get(Button.class, spec -> spec.withId("plan-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-error")).getText()).contains("passed");

        _setValue(_get(DatePicker.class, spec -> spec.withId("plan-exam-date")), TODAY.plusDays(14));
        @SuppressWarnings("unchecked")
        CheckboxGroup<DayOfWeek> days = _get(CheckboxGroup.class, spec -> spec.withId("plan-days"));
        _setValue(days, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY));
        _click(_get(Button.class, spec -> spec.withId("plan-save")));

        assertThat(_find(Paragraph.class, spec -> spec.withId("plan-none"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-summary")).getText())
                .isEqualTo("Exam on Mon 16 Nov 2026 (in 14 days) · you study Mon, Wed, Fri");
        // Mon 2, Wed 4, Fri 6, Mon 9, Wed 11, Fri 13: six study days for the whole bank.
        assertThat(_get(Paragraph.class, spec -> spec.withId("goal-text")).getText())
                .startsWith("Today's goal: ").contains(" new questions").endsWith("6 study days left before the exam.");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("goal-today-text")).getText())
                .startsWith("Today: 0 of ");

        _click(_get(Button.class, spec -> spec.withId("start-today")));
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).startsWith("quiz/");
        assertThat(quizzes.open(Long.parseLong(path.split("/")[1])).title()).startsWith("Today's session: ");
    }
}
