package com.massagetrainer.classroom.ui;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.massagetrainer.KaribuTest;
import com.massagetrainer.account.AccountService;
import com.massagetrainer.account.Registration;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.account.TrainerPrincipal;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.classroom.AssignmentService;
import com.massagetrainer.classroom.AssignmentSpec;
import com.massagetrainer.classroom.ClassSummary;
import com.massagetrainer.classroom.ClassroomRuleException;
import com.massagetrainer.classroom.ClassroomService;
import com.massagetrainer.classroom.ItemStatistics;
import com.massagetrainer.classroom.MasteryMatrix;
import com.massagetrainer.classroom.RosterEntry;
import com.massagetrainer.quiz.AttemptOnScreen;
import com.massagetrainer.quiz.QuestionOnScreen;
import com.massagetrainer.quiz.QuizFixtures;
import com.massagetrainer.quiz.QuizMode;
import com.massagetrainer.quiz.QuizService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue #15 items 6 and 7: the class page's matrix and roster, the assignment form and item analysis. */
class InstructorPagesTest extends KaribuTest {

    @Autowired
    ClassroomService classes;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AccountService accounts;
    @Autowired
    QuizService quizzes;
    @Autowired
    BankCatalog bank;

    private TrainerPrincipal instructor;
    private ClassSummary klass;

    private void setUpClass() {
        instructor = login(TestAccounts.newUser(applicationContext, Role.INSTRUCTOR));
        klass = classes.create("Cohort " + UUID.randomUUID().toString().substring(0, 4), null);
    }

    private TrainerPrincipal joinedStudent(String name) {
        String email = "s-" + UUID.randomUUID() + "@example.org";
        accounts.register(new Registration(name, email, "kneading-2026", "kneading-2026", ""));
        TrainerPrincipal p = login(TestAccounts.principal(applicationContext, email));
        classes.join(klass.joinCode());
        login(instructor);
        return p;
    }

    private void openClass() {
        UI.getCurrent().navigate("classes/" + klass.id());
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    @Test
    void theMatrixLabelsEveryTopicShortlyWithTheFullNameInATooltipAndTheLegend() {
        setUpClass();
        joinedStudent("Matrix Student");
        openClass();
        Grid<MasteryMatrix.Row> matrix = grid("matrix-grid");
        int topics = bank.topicSummaries().size();
        assertThat(matrix.getColumns()).hasSize(topics + 1);
        assertThat(matrix.getColumnByKey("student").isFrozen()).isTrue();
        Div legend = _get(Div.class, spec -> spec.withId("matrix-topics"));
        for (int i = 0; i < topics; i++) {
            Span header = (Span) matrix.getColumnByKey("topic-" + i).getHeaderComponent();
            String fullName = legendName(legend, i);
            assertThat(header.getText()).as("short label of " + fullName).hasSizeLessThanOrEqualTo(20);
            assertThat(header.getElement().getAttribute("title")).isEqualTo(fullName);
            assertThat(legend.getChildren().skip(i).findFirst().orElseThrow().getElement().getTextRecursively())
                    .isEqualTo(header.getText() + ": " + fullName);
        }
        // The longest name of the bank is labelled short, and its full name is in the legend.
        assertThat(legend.getElement().getTextRecursively())
                .contains("Cautions & referral: Local contraindications, cautions, red flags and referral");
    }

    private static String legendName(Div legend, int i) {
        String text = legend.getChildren().skip(i).findFirst().orElseThrow().getElement().getTextRecursively();
        return text.substring(text.indexOf(": ") + 2);
    }

    @Test
    void removingAStudentAsksFirstAndTheRosterAndMatrixForgetThemAtOnce() {
        setUpClass();
        TrainerPrincipal leaving = joinedStudent("Leaving Student");
        joinedStudent("Staying Student");
        openClass();
        Grid<RosterEntry> roster = grid("roster");
        assertThat(GridKt._findAll(roster)).hasSize(2);

        _click(removeButton(roster, leaving.id()));
        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("remove-dialog"));
        assertThat(dialog.isOpened()).isTrue();
        ConfirmDialogKt._fireCancel(dialog);
        dialog.close(); // the browser closes it on cancel
        assertThat(classes.roster(klass.id())).hasSize(2);

        _click(removeButton(roster, leaving.id()));
        dialog = _get(ConfirmDialog.class, spec -> spec.withId("remove-dialog"));
        ConfirmDialogKt._fireConfirm(dialog);
        dialog.close();
        assertThat(GridKt._findAll(roster)).extracting(RosterEntry::displayName).containsExactly("Staying Student");
        Grid<MasteryMatrix.Row> matrix = grid("matrix-grid");
        assertThat(GridKt._findAll(matrix)).extracting(MasteryMatrix.Row::studentName)
                .containsExactly("Staying Student");
    }

    private static Button removeButton(Grid<RosterEntry> roster, long studentId) {
        List<RosterEntry> rows = GridKt._findAll(roster);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).studentId() == studentId) {
                return (Button) GridKt._getCellComponent(roster, i, "remove");
            }
        }
        throw new AssertionError("student " + studentId + " is not on the roster");
    }

    @Test
    void assigningClearsTheFormAndAnIdenticalSecondAssignIsRefused() {
        setUpClass();
        openClass();
        TextField title = _get(TextField.class, spec -> spec.withId("assignment-title"));
        IntegerField count = _get(IntegerField.class, spec -> spec.withId("assignment-count"));
        Button assign = _get(Button.class, spec -> spec.withId("assign"));
        assertThat(assign.isDisableOnClick()).as("a double click cannot fire twice").isTrue();
        _setValue(title, "Anatomy check");
        _setValue(count, 5);
        _click(assign);
        assertThat(assignments.assignmentsOf(klass.id())).hasSize(1);
        assertThat(title.getValue()).isEmpty();
        assertThat(count.getValue()).isEqualTo(10);
        assertThat(assign.isEnabled()).isTrue();

        // The server refuses the same assignment again within seconds (a resent request or a second tab)...
        AssignmentSpec spec = assignments.assignmentsOf(klass.id()).get(0).spec();
        assertThatThrownBy(() -> assignments.create(klass.id(), spec)).isInstanceOf(ClassroomRuleException.class)
                .hasMessageContaining("just created");
        // ...a different one at once, and the same one later on purpose.
        assignments.create(klass.id(), new AssignmentSpec("Other", spec.topics(), 5, spec.mode(), null, spec.opensAt(),
                spec.dueAt(), 1, true));
        clock.advance(Duration.ofMinutes(1));
        assignments.create(klass.id(), spec);
        assertThat(assignments.assignmentsOf(klass.id())).hasSize(3);
    }

    @Test
    void doubleClickOfTwoRequestsAtOnceMakesOneAssignment() throws Exception {
        setUpClass();
        AssignmentSpec spec = new AssignmentSpec("Twice", List.of("anatomy"), 5, QuizMode.PRACTICE, null,
                clock.instant(), clock.instant().plus(Duration.ofDays(1)), 1, true);
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(auth);
                    start.await();
                    try {
                        assignments.create(klass.id(), spec);
                        return true;
                    } catch (ClassroomRuleException e) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int made = 0;
            for (var r : results) {
                made += r.get() ? 1 : 0;
            }
            assertThat(made).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(assignments.assignmentsOf(klass.id())).hasSize(1);
    }

    @Test
    void timesAreTypedInTheBrowsersZoneInDayMonthYearAndStoredInUtc() {
        setUpClass();
        openClass();
        AssignmentForm form = _get(AssignmentForm.class);
        DateTimePicker opens = _get(DateTimePicker.class, spec -> spec.withId("assignment-opens"));
        assertThat(opens.getLocale()).isEqualTo(Locale.UK);
        assertThat(opens.getDatePickerI18n().getDateFormats().get(0)).isEqualTo("d MMM yyyy");

        // Karibu's browser reports Europe/Helsinki (UTC+2 in December): the view takes the zone from the browser.
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip();
        assertThat(form.zone()).isEqualTo(ZoneId.of("Europe/Helsinki"));
        assertThat(opens.getLabel()).isEqualTo("Opens (your time, Europe/Helsinki)");
        // The default opening time (this hour, 09:00 UTC) is the same moment shown in Helsinki time.
        assertThat(opens.getValue()).isEqualTo(LocalDateTime.of(2026, 11, 2, 11, 0));
        _setValue(opens, LocalDateTime.of(2026, 12, 10, 9, 0));
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("assignment-due")), LocalDateTime.of(2026, 12, 17, 18, 0));
        _setValue(_get(TextField.class, spec -> spec.withId("assignment-title")), "Helsinki time");
        _click(_get(Button.class, spec -> spec.withId("assign")));
        AssignmentSpec stored = assignments.assignmentsOf(klass.id()).get(0).spec();
        assertThat(stored.opensAt()).isEqualTo(Instant.parse("2026-12-10T07:00:00Z"));
        assertThat(stored.dueAt()).isEqualTo(Instant.parse("2026-12-17T16:00:00Z"));
        assertThat(_get(Div.class, spec -> spec.withId("assignment-list")).getElement().getTextRecursively())
                .contains("due 17 Dec 2026 18:00 ·");

        // Switching zone keeps the moment entered (a form filled before the browser answered loses nothing).
        form.setZone(ZoneId.of("Europe/Berlin"));
        assertThat(opens.getValue()).isEqualTo(LocalDateTime.of(2026, 11, 2, 10, 0));
        assertThat(ClassView.zoneOf("America/Chicago")).isEqualTo(ZoneId.of("America/Chicago"));
        assertThat(ClassView.zoneOf(null)).isEqualTo(ZoneOffset.UTC);
        assertThat(ClassView.zoneOf("Not/AZone")).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void theTimeLimitShowsForExamsOnly() {
        setUpClass();
        openClass();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<QuizMode> mode = _get(RadioButtonGroup.class, spec -> spec.withId("assignment-mode"));
        _assertNone(IntegerField.class, spec -> spec.withId("assignment-minutes"));
        _setValue(mode, QuizMode.EXAM);
        assertThat(_get(IntegerField.class, spec -> spec.withId("assignment-minutes")).getValue()).isEqualTo(20);
        _setValue(mode, QuizMode.PRACTICE);
        _assertNone(IntegerField.class, spec -> spec.withId("assignment-minutes"));
    }

    @Test
    void itemAnalysisShowsStemsAndOptionTextsAndQuotesTheOneThreshold() {
        setUpClass();
        var a = assignments.create(klass.id(), new AssignmentSpec("Stems", List.of("anatomy"), 3, QuizMode.PRACTICE,
                null, clock.instant(), clock.instant().plus(Duration.ofDays(1)), 1, true));
        for (int s = 0; s < 2; s++) {
            TrainerPrincipal student = joinedStudent("Analysed " + s);
            login(student);
            long attempt = assignments.start(a.id());
            AttemptOnScreen at = quizzes.open(attempt);
            for (QuestionOnScreen q : at.questions()) {
                if (s == 1) {
                    quizzes.answer(attempt, q.position(), QuizFixtures.rightAnswer(q));
                }
            }
            quizzes.submit(attempt);
        }
        login(instructor);
        UI.getCurrent().navigate("item-analysis");
        Grid<ItemStatistics.Item> grid = grid("item-grid");
        ItemStatistics.Item first = GridKt._get(grid, 0);
        var content = bank.content(bank.currentVersionsOf(List.of(first.questionId())).get(0).versionId());
        Div cell = (Div) GridKt._getCellComponent(grid, 0, "question");
        assertThat(cell.getElement().getTextRecursively()).startsWith(content.stem()).endsWith(first.questionId());
        ItemAnalysisPanel panel = _get(ItemAnalysisPanel.class);
        String options = panel.optionsOf(first).getElement().getTextRecursively();
        content.options().forEach(o -> assertThat(options).contains(o.text()));
        assertThat(grid.isDetailsVisibleOnClick()).isTrue();
        // Two responses per question: nothing is flagged, and the panel says why with the same constant.
        assertThat(_get(Paragraph.class, spec -> spec.withId("flag-threshold")).getText())
                .contains(ItemStatistics.MIN_RESPONSES + " or more students");
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class, spec -> spec.withText("None flagged.")))
                .hasSize(1);
    }
}
