package com.massagetrainer.progress;

import com.massagetrainer.KaribuTest;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.account.TrainerPrincipal;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.quiz.AttemptOnScreen;
import com.massagetrainer.quiz.QuestionOnScreen;
import com.massagetrainer.quiz.QuizFixtures;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.quiz.QuizSpec;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The dashboard's aggregates on known data, as the service computes them and as the view shows them. */
class DashboardTest extends KaribuTest {

    @Autowired
    ProgressService progress;
    @Autowired
    QuizService quizzes;
    @Autowired
    BankCatalog bank;

    /** Answers {@code n} questions of one topic, the first {@code right} of them right (wrong ones score 0). */
    private long answer(String topic, int n, int right) {
        long id = quizzes.start(QuizSpec.practice(topic, List.of(topic), n));
        AttemptOnScreen a = quizzes.open(id);
        for (QuestionOnScreen q : a.questions()) {
            List<String> answer = q.position() <= right ? QuizFixtures.rightAnswer(q) : nothingRight(q);
            quizzes.answer(id, q.position(), answer);
        }
        return id;
    }

    private static List<String> nothingRight(QuestionOnScreen q) {
        return switch (q.question().type()) {
            case SINGLE, TRUE_FALSE -> QuizFixtures.wrongAnswer(q);
            case MULTIPLE -> q.question().options().stream().filter(o -> !o.correct()).map(o -> o.id()).toList();
            case MATCHING -> {
                List<String> ids = q.question().pairs().stream().map(p -> p.id()).toList();
                java.util.List<String> wrong = new java.util.ArrayList<>();
                for (int i = 0; i < ids.size(); i++) {
                    wrong.add(ids.get(i) + "=" + ids.get((i + 1) % ids.size()));
                }
                yield wrong;
            }
            case ORDERING -> {
                List<String> ids = new java.util.ArrayList<>(q.question().sequence().stream().map(s -> s.id()).toList());
                java.util.Collections.rotate(ids, 1);
                yield ids;
            }
        };
    }

    @Test
    void aggregatesPerTopicDayAndAttemptOnKnownData() {
        TrainerPrincipal me = login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        long first = answer("anatomy", 6, 3);
        quizzes.submit(first);
        clock.advance(Duration.ofDays(1));
        answer("anatomy", 4, 4);
        answer("strokes", 2, 2);

        Dashboard d = progress.myDashboard();
        TopicMastery anatomy = d.topics().stream().filter(t -> t.topicId().equals("anatomy")).findFirst().orElseThrow();
        assertThat(anatomy.answers()).isEqualTo(10);
        assertThat(anatomy.enoughData()).isTrue();
        // Yesterday's 6 answers weigh 0.5^(1/14) each; today's 4 and 2 weigh 1.
        double w = Math.pow(0.5, 1 / 14.0);
        assertThat(anatomy.weightedAnswers()).isCloseTo(6 * w + 4, within(1e-9));
        assertThat(anatomy.weightedPoints()).isCloseTo(3 * w + 4, within(1e-9));
        assertThat(d.answered()).isEqualTo(12);
        assertThat(d.accuracy()).isCloseTo(9.0 / 12, within(1e-9));
        assertThat(d.quizzes()).isEqualTo(1);
        assertThat(d.trend()).singleElement().satisfies(p -> assertThat(p.score()).isEqualTo(50.0));
        assertThat(d.streakDays()).isEqualTo(2);
        assertThat(d.activity().get(d.activity().size() - 1).answers()).isEqualTo(6);
        assertThat(d.activity().get(d.activity().size() - 2).answers()).isEqualTo(6);
        assertThat(d.readiness()).isEmpty();
        assertThat(d.weakest()).extracting(TopicMastery::topicId).containsExactly("anatomy");

        // The view shows the same numbers.
        UI.getCurrent().getPage().reload();
        assertThat(_get(Span.class, spec -> spec.withId("stat-answered")).getText()).isEqualTo("12");
        assertThat(_get(Span.class, spec -> spec.withId("stat-accuracy")).getText()).isEqualTo("75%");
        assertThat(_get(Span.class, spec -> spec.withId("stat-streak")).getText()).isEqualTo("2");
        _click(_get(Button.class, spec -> spec.withId("mastery-toggle")));
        @SuppressWarnings("unchecked")
        Grid<TopicMastery> table = _get(Grid.class, spec -> spec.withId("mastery-table"));
        List<TopicMastery> rows = com.github.mvysny.kaributesting.v10.GridKt._findAll(table);
        assertThat(rows).hasSize(12);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(table, rows.indexOf(rows.stream()
                .filter(t -> t.topicId().equals("strokes")).findFirst().orElseThrow())))
                .contains("too few answers (2)", "answer 3 more");
        assertThat(me.id()).isPositive();
    }

    @Test
    void practiseThisTopicStartsTenQuestionsOfThatTopic() {
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        answer("circulation", 6, 1);
        UI.getCurrent().getPage().reload();
        _click(_get(Button.class, spec -> spec.withId("practise-circulation")));
        long id = Long.parseLong(UI.getCurrent().getInternals().getActiveViewLocation().getPath().split("/")[1]);
        AttemptOnScreen quiz = quizzes.open(id);
        assertThat(quiz.count()).isEqualTo(10);
        assertThat(quiz.questions()).allSatisfy(q -> assertThat(q.topicId()).isEqualTo("circulation"));
    }

    @Test
    void readinessAppearsWithEnoughAnswers() {
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        for (String topic : List.of("anatomy", "strokes", "modalities")) {
            answer(topic, 10, 10);
        }
        Dashboard d = progress.myDashboard();
        assertThat(d.answered()).isEqualTo(30);
        assertThat(d.readiness()).isPresent();
        UI.getCurrent().getPage().reload();
        assertThat(_get(Span.class, spec -> spec.withId("readiness-value")).getText()).endsWith("%");
    }

    @Test
    void aStudentCannotReadAnotherStudentsProgress() {
        TrainerPrincipal other = TestAccounts.newUser(applicationContext, Role.STUDENT);
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        assertThatThrownBy(() -> progress.dashboardOf(other.id())).isInstanceOf(AccessDeniedException.class);
        TestAccounts.signOut();
        assertThatThrownBy(() -> progress.myDashboard()).isInstanceOf(AccessDeniedException.class);
    }
}
