package com.massagetrainer.classroom;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.massagetrainer.KaribuTest;
import com.massagetrainer.account.AccountService;
import com.massagetrainer.account.Registration;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.account.TrainerPrincipal;
import com.massagetrainer.quiz.AttemptOnScreen;
import com.massagetrainer.quiz.QuestionOnScreen;
import com.massagetrainer.quiz.QuizFixtures;
import com.massagetrainer.quiz.QuizMode;
import com.massagetrainer.quiz.QuizService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssignmentTest extends KaribuTest {

    @Autowired
    ClassroomService classes;
    @Autowired
    AssignmentService assignments;
    @Autowired
    ItemAnalysisService itemAnalysis;
    @Autowired
    QuizService quizzes;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    com.massagetrainer.bank.BankCatalog catalog;

    private TrainerPrincipal instructor;
    private ClassSummary klass;

    private TrainerPrincipal student(String name) {
        String email = "s-" + UUID.randomUUID() + "@example.org";
        TestAccounts.signOut();
        accounts.register(new Registration(name, email, "kneading-2026", "kneading-2026", ""));
        TrainerPrincipal p = login(TestAccounts.principal(applicationContext, email));
        classes.join(klass.joinCode());
        return p;
    }

    private AssignmentService.AssignmentView assign(Instant opens, Instant due, int attempts, boolean review) {
        login(instructor);
        return assignments.create(klass.id(), new AssignmentSpec("Week 1", List.of("anatomy"), 4, QuizMode.EXAM, 30,
                opens, due, attempts, review));
    }

    private void setUpClass() {
        instructor = login(TestAccounts.newUser(applicationContext, Role.INSTRUCTOR));
        klass = classes.create("Cohort " + UUID.randomUUID().toString().substring(0, 4), null);
    }

    private AssignedQuiz mine(long assignmentId) {
        return assignments.myAssignments().stream().filter(a -> a.assignmentId() == assignmentId).findFirst().orElseThrow();
    }

    private void answerAll(long attemptId, boolean right) {
        AttemptOnScreen a = quizzes.open(attemptId);
        for (QuestionOnScreen q : a.questions()) {
            if (right) {
                quizzes.answer(attemptId, q.position(), QuizFixtures.rightAnswer(q));
            }
        }
    }

    @Test
    void windowAndAttemptLimitAreEnforcedWithClearMessages() {
        setUpClass();
        var a = assign(clock.instant().plus(Duration.ofHours(1)), clock.instant().plus(Duration.ofDays(2)), 1, true);
        student("Early Bird");
        assertThat(mine(a.id()).status()).isEqualTo(AssignmentStatus.NOT_OPEN);
        assertThatThrownBy(() -> assignments.start(a.id())).isInstanceOf(ClassroomRuleException.class)
                .hasMessageContaining("opens on");
        clock.advance(Duration.ofHours(1));
        long attempt = assignments.start(a.id());
        assertThat(mine(a.id()).status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(assignments.start(a.id())).as("starting again resumes").isEqualTo(attempt);
        quizzes.submit(attempt);
        assertThat(mine(a.id()).status()).isEqualTo(AssignmentStatus.SUBMITTED);
        assertThatThrownBy(() -> assignments.start(a.id())).hasMessageContaining("used all 1 attempt");

        student("Late Comer");
        clock.advance(Duration.ofDays(2));
        assertThat(mine(a.id()).status()).isEqualTo(AssignmentStatus.OVERDUE);
        assertThatThrownBy(() -> assignments.start(a.id())).hasMessageContaining("closed on");
    }

    @Test
    void theStartButtonFollowsTheSameRulesAsStarting() {
        setUpClass();
        var a = assign(clock.instant(), clock.instant().plus(Duration.ofDays(1)), 2, true);
        student("Second Try");
        assertThat(mine(a.id()).canStart()).isTrue();
        quizzes.submit(assignments.start(a.id()));
        assertThat(mine(a.id()).canStart()).as("one attempt left, window open").isTrue();
        clock.advance(Duration.ofDays(1));
        // Submitted once, an attempt left, but past the due time: starting is refused, so the button is off too.
        assertThat(mine(a.id()).status()).isEqualTo(AssignmentStatus.SUBMITTED);
        assertThatThrownBy(() -> assignments.start(a.id())).hasMessageContaining("closed on");
        assertThat(mine(a.id()).canStart()).isFalse();
    }

    @Test
    void anAssignmentClosesAtItsDueTimeForPracticeAndCutsAnExamShort() {
        setUpClass();
        Instant now = clock.instant();
        Instant due = now.plus(Duration.ofHours(1));
        var practice = assignments.create(klass.id(), new AssignmentSpec("Homework", List.of("anatomy"), 4,
                QuizMode.PRACTICE, null, now, due, 1, true));
        var exam = assignments.create(klass.id(), new AssignmentSpec("Quiz", List.of("anatomy"), 4, QuizMode.EXAM, 30,
                now, now.plus(Duration.ofMinutes(10)), 1, true));
        student("Last Minute");
        long p = assignments.start(practice.id());
        long e = assignments.start(exam.id());
        AttemptOnScreen homework = quizzes.open(p);
        assertThat(homework.deadline()).as("practice closes at the due time").isEqualTo(due);
        assertThat(quizzes.open(e).deadline()).as("the 30-minute exam ends at the due time")
                .isEqualTo(now.plus(Duration.ofMinutes(10)));
        quizzes.answer(p, 1, QuizFixtures.rightAnswer(homework.at(1)));

        clock.advance(Duration.ofHours(1).plusSeconds(5));
        assertThatThrownBy(() -> quizzes.answer(p, 2, QuizFixtures.rightAnswer(homework.at(2))))
                .isInstanceOf(com.massagetrainer.quiz.QuizRuleException.class).hasMessageContaining("Time is up");
        AttemptOnScreen closed = quizzes.open(p);
        assertThat(closed.status()).isEqualTo(com.massagetrainer.quiz.AttemptStatus.EXPIRED);
        assertThat(closed.finishedAt()).isEqualTo(due);
        assertThat(closed.answered()).isEqualTo(1);
        assertThat(closed.score()).isEqualTo(25.0);

        // The instructor's results and CSV hold only what was given by the due time.
        login(instructor);
        ResultRow row = assignments.results(practice.id()).get(0);
        assertThat(row.lastScore()).isEqualTo(25.0);
        assertThat(row.lastTimeUsed()).isEqualTo(Duration.ofHours(1));
        assertThat(assignments.resultsCsv(practice.id())).contains("Last Minute,Submitted,1,25.0,25.0,60:00");
    }

    @Test
    void eachStudentDrawsTheirOwnAttemptFromTheSameSpec() {
        setUpClass();
        var a = assign(clock.instant(), clock.instant().plus(Duration.ofDays(1)), 2, true);
        student("One");
        long first = assignments.start(a.id());
        student("Two");
        long second = assignments.start(a.id());
        assertThat(jdbc.queryForObject("select seed from attempt where id = ?", Long.class, first))
                .isNotEqualTo(jdbc.queryForObject("select seed from attempt where id = ?", Long.class, second));
        assertThat(quizzes.open(second).count()).isEqualTo(4);
        assertThat(quizzes.open(second).questions()).allSatisfy(q -> assertThat(q.topicId()).isEqualTo("anatomy"));
    }

    @Test
    void resultsBestAndLastScoresCsvAndOwnership() {
        setUpClass();
        var a = assign(clock.instant(), clock.instant().plus(Duration.ofDays(1)), 2, false);
        TrainerPrincipal good = student("=HYPERLINK(\"http://evil\")");
        long first = assignments.start(a.id());
        answerAll(first, true);
        quizzes.submit(first);
        clock.advance(Duration.ofMinutes(5));
        long second = assignments.start(a.id());
        clock.advance(Duration.ofMinutes(3));
        quizzes.submit(second);
        student("Never Started");

        login(instructor);
        List<ResultRow> rows = assignments.results(a.id());
        ResultRow g = rows.stream().filter(r -> r.studentId() == good.id()).findFirst().orElseThrow();
        assertThat(g.status()).isEqualTo(AssignmentStatus.SUBMITTED);
        assertThat(g.attempts()).isEqualTo(2);
        assertThat(g.bestScore()).isEqualTo(100.0);
        assertThat(g.lastScore()).isEqualTo(0.0);
        assertThat(g.lastTimeUsed()).isEqualTo(Duration.ofMinutes(3));
        assertThat(rows).filteredOn(r -> r.studentName().equals("Never Started"))
                .extracting(ResultRow::status).containsExactly(AssignmentStatus.NOT_STARTED);

        String csv = assignments.resultsCsv(a.id());
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFStudent,Status,Attempts,Best score %,Last score %,Time used (min:s)");
        assertThat(lines).hasSize(1 + rows.size());
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"").doesNotContain(",=HYPERLINK");

        assertThat(assignments.studentAttempt(a.id(), first).score()).isEqualTo(100.0);

        // Another instructor gets nothing; a student cannot read a classmate's attempt.
        login(TestAccounts.newUser(applicationContext, Role.INSTRUCTOR));
        assertThatThrownBy(() -> assignments.results(a.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.resultsCsv(a.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.studentAttempt(a.id(), first)).isInstanceOf(AccessDeniedException.class);
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        assertThatThrownBy(() -> assignments.studentAttempt(a.id(), first)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quizzes.open(first)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.start(a.id())).isInstanceOf(AccessDeniedException.class);

        // The student sees the score but not the keys when the instructor hid them.
        login(good);
        UI.getCurrent().navigate("quiz/" + first + "/results");
        assertThat(_get(Paragraph.class, spec -> spec.withId("review-hidden")).getText()).contains("not to show");
    }

    @Test
    void itemAnalysisOfAnAssignmentOnKnownAnswers() {
        setUpClass();
        login(instructor);
        // The whole topic, so every student answers every question (the bank grows; read its size). Linked questions of
        // client cases that span other topics are never drawn for a one-topic quiz, so only the topic's own count.
        int n = (int) catalog.currentQuestions(List.of("anatomy"), List.of(1, 2, 3)).stream()
                .filter(q -> q.questionId().startsWith("anatomy-")).count();
        var a = assignments.create(klass.id(), new AssignmentSpec("Whole topic", List.of("anatomy"), n, QuizMode.PRACTICE,
                null, clock.instant(), clock.instant().plus(Duration.ofDays(1)), 1, true));
        // Three students: all right, the first half of the questions by id right, none right (nothing answered
        // counts as 0).
        int half = n / 2;
        int[] rightCounts = {n, half, 0};
        java.util.Set<String> firstHalf = new java.util.HashSet<>();
        for (int s = 0; s < 3; s++) {
            student("Student " + s);
            long attempt = assignments.start(a.id());
            AttemptOnScreen at = quizzes.open(attempt);
            if (firstHalf.isEmpty()) {
                at.questions().stream().map(q -> q.question().id()).sorted().limit(half).forEach(firstHalf::add);
            }
            for (QuestionOnScreen q : at.questions()) {
                if (firstHalf.contains(q.question().id()) ? s < 2 : s < 1) {
                    quizzes.answer(attempt, q.position(), QuizFixtures.rightAnswer(q));
                }
            }
            quizzes.submit(attempt);
            assertThat(quizzes.open(attempt).score()).isEqualTo(100.0 * rightCounts[s] / n);
        }
        login(instructor);
        ItemStatistics.Analysis analysis = itemAnalysis.itemAnalysis(a.id());
        assertThat(analysis.test().students()).isEqualTo(3);
        assertThat(analysis.test().completeItems()).isEqualTo(n);
        assertThat(analysis.test().mean()).isCloseTo((n + half) / 3.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(analysis.test().kr20()).isNotNull().isGreaterThan(0.9);
        ItemStatistics.Item first = analysis.items().get(0);
        assertThat(first.questionId()).isEqualTo("anatomy-001");
        assertThat(first.facility()).isCloseTo(2.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(first.responses()).isEqualTo(3);
        assertThat(itemAnalysis.itemAnalysisOfMyClasses().items()).hasSize(n);
        UI.getCurrent().navigate("classes/" + klass.id() + "/assignments/" + a.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("test-figures")).getText()).contains("3 students")
                .contains("KR-20");
        UI.getCurrent().navigate("");
        login(TestAccounts.newUser(applicationContext, Role.INSTRUCTOR));
        assertThatThrownBy(() -> itemAnalysis.itemAnalysis(a.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(itemAnalysis.itemAnalysisOfMyClasses().items()).isEmpty();
    }

    @Test
    void classMasteryMatrixWithAveragesCsvAndOwnership() {
        setUpClass();
        var a = assign(clock.instant(), clock.instant().plus(Duration.ofDays(1)), 3, true);
        TrainerPrincipal strong = student("Strong Student");
        for (int round = 0; round < 2; round++) {
            long attempt = assignments.start(a.id());
            answerAll(attempt, true);
            quizzes.submit(attempt);
        }
        student("Quiet Student");
        login(instructor);
        MasteryMatrix m = classes.masteryMatrix(klass.id());
        int anatomy = m.topicNames().indexOf("Upper-back anatomy");
        assertThat(m.rows()).hasSize(2);
        MasteryMatrix.Row s = m.rows().stream().filter(r -> r.studentId() == strong.id()).findFirst().orElseThrow();
        // 8 right answers in anatomy, overall level (8+1)/(8+2): mastery (4*0.9 + 8) / 12 = 96.7%.
        assertThat(s.mastery().get(anatomy)).isEqualTo(96.7);
        assertThat(m.rows().stream().filter(r -> r.studentId() != strong.id()).findFirst().orElseThrow().mastery())
                .allMatch(v -> v == null);
        assertThat(m.classAverages().get(anatomy)).isEqualTo(96.7);
        String csv = classes.masteryCsv(klass.id());
        assertThat(csv.lines().toList()).hasSize(4);
        assertThat(csv.lines().toList().get(3)).startsWith("Class average");
        UI.getCurrent().navigate("classes/" + klass.id());
        @SuppressWarnings("unchecked")
        Grid<MasteryMatrix.Row> grid = _get(Grid.class, spec -> spec.withId("matrix-grid"));
        assertThat(GridKt._findAll(grid)).hasSize(2);
        assertThat(_get(Anchor.class, spec -> spec.withId("matrix-csv")).getText()).isEqualTo("Download CSV");
        UI.getCurrent().navigate("");
        login(TestAccounts.newUser(applicationContext, Role.INSTRUCTOR));
        assertThatThrownBy(() -> classes.masteryMatrix(klass.id())).isInstanceOf(AccessDeniedException.class);
        login(strong);
        assertThatThrownBy(() -> classes.masteryMatrix(klass.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void instructorAssignsInTheClassViewAndTheStudentStartsFromHome() {
        setUpClass();
        UI.getCurrent().navigate("classes/" + klass.id());
        _setValue(_get(TextField.class, spec -> spec.withId("assignment-title")), "Anatomy check");
        _setValue(_get(IntegerField.class, spec -> spec.withId("assignment-count")), 500);
        _click(_get(Button.class, spec -> spec.withId("assign")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("assignment-problem")).getText()).contains("between 1 and 200");
        _setValue(_get(IntegerField.class, spec -> spec.withId("assignment-count")), 5);
        _click(_get(Button.class, spec -> spec.withId("assign")));
        long assignmentId = assignments.assignmentsOf(klass.id()).get(0).id();
        assertThat(_get(Anchor.class, spec -> spec.withId("assignment-" + assignmentId)).getText()).isEqualTo("Anatomy check");

        UI.getCurrent().navigate("");
        student("Sam Home");
        UI.getCurrent().getPage().reload();
        _click(_get(Button.class, spec -> spec.withId("start-assignment-" + assignmentId)));
        long attemptId = Long.parseLong(UI.getCurrent().getInternals().getActiveViewLocation().getPath().split("/")[1]);
        answerAll(attemptId, true);
        quizzes.submit(attemptId);

        UI.getCurrent().navigate("");
        login(instructor);
        UI.getCurrent().navigate("classes/" + klass.id() + "/assignments/" + assignmentId);
        @SuppressWarnings("unchecked")
        Grid<ResultRow> grid = _get(Grid.class, spec -> spec.withId("results-grid"));
        assertThat(GridKt._findAll(grid)).extracting(ResultRow::studentName).containsExactly("Sam Home");
        assertThat(_get(Anchor.class, spec -> spec.withId("results-csv")).getText()).isEqualTo("Download CSV");
        UI.getCurrent().navigate("classes/" + klass.id() + "/assignments/" + assignmentId + "/attempts/" + attemptId);
        assertThat(_get(Paragraph.class, spec -> spec.withId("attempt-summary")).getText()).startsWith("Score 100%");
        assertThat(_find(com.massagetrainer.quiz.ui.ReviewCard.class)).hasSize(5);
    }
}
