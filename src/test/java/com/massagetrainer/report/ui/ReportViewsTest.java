package com.massagetrainer.report.ui;

import com.massagetrainer.KaribuTest;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.account.TrainerPrincipal;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.bank.QuestionType;
import com.massagetrainer.quiz.QuestionOnScreen;
import com.massagetrainer.quiz.QuizFixtures;
import com.massagetrainer.quiz.QuizMode;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.quiz.QuizSpec;
import com.massagetrainer.report.ReportInQueue;
import com.massagetrainer.report.ReportReason;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ReportViewsTest extends KaribuTest {

    @Autowired
    QuizService quizzes;
    @Autowired
    BankCatalog bank;
    @Autowired
    JdbcTemplate jdbc;

    /** A student's practice quiz of two single-answer questions, opened and the first one checked. */
    private long practiseAndCheckFirst() {
        long id = quizzes.start(new QuizSpec("Singles", QuizMode.PRACTICE, List.of(), 2, null, null, false,
                QuizFixtures.questionsOfType(bank, QuestionType.SINGLE, 2)));
        QuestionOnScreen first = quizzes.open(id).questions().get(0);
        UI.getCurrent().navigate("quiz/" + id);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("options")), QuizFixtures.wrongAnswer(first).get(0));
        _click(_get(Button.class, spec -> spec.withId("check")));
        return id;
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<ReportReason> reason() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("report-reason"));
    }

    private static TextArea field(String id) {
        return _get(TextArea.class, spec -> spec.withId(id));
    }

    private static String error(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    private List<String> navLabels() {
        return _get(SideNav.class, spec -> spec.withId("main-nav")).getItems().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void aReportFromPracticeFeedbackIsAnsweredInTheQueueAndTheReplyReachesTheStudentsHome() {
        TrainerPrincipal student = login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        assertThat(navLabels()).doesNotContain("Question reports");
        long attempt = practiseAndCheckFirst();
        String questionId = jdbc.queryForObject("select question_id from attempt_item where attempt_id = ? and position = 1",
                String.class, attempt);

        _click(_get(Button.class, spec -> spec.withId("report-1")));
        _setValue(reason(), ReportReason.WRONG_KEY);
        _setValue(field("report-text"), "The article names a second right option.");
        _click(_get(Button.class, spec -> spec.withId("report-send")));
        _assertNone(Dialog.class);
        Button reported = _get(Button.class, spec -> spec.withId("report-1"));
        assertThat(reported.getText()).isEqualTo("Reported");
        assertThat(reported.isEnabled()).isFalse();

        UI.getCurrent().navigate("");
        Div mine = _get(Div.class, spec -> spec.withId("my-reports"));
        assertThat(mine.isVisible()).isTrue();
        assertThat(_get(mine, Span.class, spec -> spec.withClasses("report-status")).getText())
                .isEqualTo("Waiting for an answer");

        login(TestAccounts.newUser(applicationContext, Role.ADMIN));
        assertThat(navLabels()).contains("Question reports");
        UI.getCurrent().navigate("reports");
        @SuppressWarnings("unchecked")
        Grid<ReportInQueue> queue = _get(Grid.class, spec -> spec.withId("report-queue"));
        ReportInQueue row = queue.getListDataView().getItems()
                .filter(r -> r.reporterEmail().equals(student.email())).findFirst().orElseThrow();
        assertThat(row.questionId()).isEqualTo(questionId);
        assertThat(row.reason()).isEqualTo(ReportReason.WRONG_KEY);
        assertThat(row.details()).isEqualTo("The article names a second right option.");
        queue.asSingleSelect().setValue(row);
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-question")).getText()).isNotBlank();

        _click(_get(Button.class, spec -> spec.withId("mark-fixed")));
        assertThat(error("resolve-error")).isEqualTo("Write a few words about the problem.");
        _setValue(field("report-reply"), "Thanks: the key now accepts both.");
        _click(_get(Button.class, spec -> spec.withId("mark-fixed")));
        assertThat(queue.getListDataView().getItems().noneMatch(r -> r.id() == row.id())).isTrue();
        _setValue(_get(Checkbox.class, spec -> spec.withId("show-all")), true);
        assertThat(queue.getListDataView().getItems().anyMatch(r -> r.id() == row.id())).isTrue();

        UI.getCurrent().navigate("");
        login(student);
        Div answered = _get(Div.class, spec -> spec.withId("my-reports"));
        assertThat(_get(answered, Span.class, spec -> spec.withClasses("report-status")).getText()).isEqualTo("Fixed");
        assertThat(_get(answered, Paragraph.class, spec -> spec.withClasses("report-reply")).getText())
                .isEqualTo("Reply: Thanks: the key now accepts both.");
    }

    @Test
    void theDialogShowsWhyAReportIsRefusedAndKeepsTheText() {
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        practiseAndCheckFirst();
        _click(_get(Button.class, spec -> spec.withId("report-1")));
        _setValue(reason(), ReportReason.OTHER);
        _click(_get(Button.class, spec -> spec.withId("report-send")));
        assertThat(error("report-error")).isEqualTo("Write a few words about the problem.");

        String typed = "The second option\u200B reads oddly.";
        _setValue(field("report-text"), typed);
        _click(_get(Button.class, spec -> spec.withId("report-send")));
        assertThat(error("report-error")).isEqualTo("Remove the invisible control characters.");
        assertThat(field("report-text").getValue()).isEqualTo(typed);
        assertThat(reason().getValue()).isEqualTo(ReportReason.OTHER);

        _setValue(field("report-text"), "The second option reads oddly.");
        _click(_get(Button.class, spec -> spec.withId("report-send")));
        _assertNone(Dialog.class);
    }

    @Test
    void everyReviewedQuestionOnTheResultsPageCanBeReported() {
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        long attempt = practiseAndCheckFirst();
        quizzes.submit(attempt);
        UI.getCurrent().navigate("quiz/" + attempt + "/results");
        // The service only takes reports on questions whose answer was shown; its message stays in the dialog.
        _click(_get(_get(Div.class, spec -> spec.withId("review-2")), Button.class, spec -> spec.withId("report-2")));
        _click(_get(Button.class, spec -> spec.withId("report-send")));
        assertThat(error("report-error")).isEqualTo("You can report a question once its answer has been shown to you.");
        _click(_get(Button.class, spec -> spec.withId("report-cancel")));

        _click(_get(_get(Div.class, spec -> spec.withId("review-1")), Button.class, spec -> spec.withId("report-1")));
        _setValue(reason(), ReportReason.UNCLEAR);
        _click(_get(Button.class, spec -> spec.withId("report-send")));
        _assertNone(Dialog.class);
    }
}
