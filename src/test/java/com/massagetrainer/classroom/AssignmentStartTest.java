package com.massagetrainer.classroom;

import com.massagetrainer.AllAtOnce;
import com.massagetrainer.SpringTest;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.account.TrainerPrincipal;
import com.massagetrainer.quiz.AttemptStatus;
import com.massagetrainer.quiz.QuizMode;
import com.massagetrainer.quiz.QuizService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starting an assignment: parallel sessions against the attempt limit, and the seconds after an exam's deadline. */
class AssignmentStartTest extends SpringTest {

    @Autowired
    ClassroomService classes;
    @Autowired
    AssignmentService assignments;
    @Autowired
    QuizService quizzes;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** A class with a 30-minute, 4-question exam assignment open for a day, and a student in it (signed in). */
    private record Setup(long assignmentId, TrainerPrincipal student) {
    }

    private Setup assignment(int attemptsAllowed) {
        TestAccounts.signIn(TestAccounts.newUser(context, Role.INSTRUCTOR));
        ClassSummary klass = classes.create("Cohort " + UUID.randomUUID().toString().substring(0, 4), null);
        long id = assignments.create(klass.id(), new AssignmentSpec("Week 1", List.of("anatomy"), 4, QuizMode.EXAM, 30,
                clock.instant(), clock.instant().plus(Duration.ofDays(1)), attemptsAllowed, true)).id();
        TrainerPrincipal student = TestAccounts.newUser(context, Role.STUDENT);
        TestAccounts.signIn(student);
        classes.join(klass.joinCode());
        return new Setup(id, student);
    }

    private AssignedQuiz mine(long assignmentId) {
        return assignments.myAssignments().stream().filter(a -> a.assignmentId() == assignmentId).findFirst()
                .orElseThrow();
    }

    private int attemptsAt(long assignmentId) {
        return jdbc.queryForObject("select count(*) from assignment_attempt where assignment_id = ?", Integer.class,
                assignmentId);
    }

    @Test
    void eightSessionsStartingAOneAttemptAssignmentAtOnceUseOneAttempt() throws Exception {
        Setup s = assignment(1);
        List<AllAtOnce.Outcome<Long>> outcomes = AllAtOnce.run(8, () -> assignments.start(s.assignmentId()));
        assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).as("every session gets the attempt").isNull());
        assertThat(outcomes.stream().map(AllAtOnce.Outcome::value).distinct()).hasSize(1);
        assertThat(attemptsAt(s.assignmentId())).isEqualTo(1);
        AssignedQuiz mine = mine(s.assignmentId());
        assertThat(mine.attemptsUsed() + "/" + mine.attemptsAllowed()).isEqualTo("1/1");
        assertThat(mine.openAttemptId()).isEqualTo(outcomes.get(0).value());
    }

    @Test
    void parallelStartsAfterTheFirstAttemptStayWithinTheLimit() throws Exception {
        Setup s = assignment(2);
        quizzes.submit(assignments.start(s.assignmentId()));
        List<AllAtOnce.Outcome<Long>> outcomes = AllAtOnce.run(8, () -> assignments.start(s.assignmentId()));
        assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).isNull());
        assertThat(outcomes.stream().map(AllAtOnce.Outcome::value).distinct()).hasSize(1);
        assertThat(attemptsAt(s.assignmentId())).isEqualTo(2);
        quizzes.submit(outcomes.get(0).value());
        List<AllAtOnce.Outcome<Long>> more = AllAtOnce.run(8, () -> assignments.start(s.assignmentId()));
        assertThat(more).allSatisfy(o -> assertThat(o.error()).isInstanceOf(ClassroomRuleException.class)
                .hasMessageContaining("used all 2 attempts"));
        assertThat(attemptsAt(s.assignmentId())).isEqualTo(2);
    }

    @Test
    void startingAfterTheExamsDeadlineGradesItFirstThenCountsIt() {
        Setup s = assignment(1);
        long first = assignments.start(s.assignmentId());
        clock.advance(Duration.ofMinutes(30).plusSeconds(2));
        assertThatThrownBy(() -> assignments.start(s.assignmentId())).isInstanceOf(ClassroomRuleException.class)
                .hasMessageContaining("used all 1 attempt");
        assertThat(quizzes.summaryOf(first).status()).isEqualTo(AttemptStatus.EXPIRED);
        assertThat(mine(s.assignmentId()).status()).isEqualTo(AssignmentStatus.SUBMITTED);
        assertThat(attemptsAt(s.assignmentId())).isEqualTo(1);
    }

    @Test
    void withAnAttemptLeftTheNewOneStartsAndTheExpiredOneIsGradedAtItsDeadline() {
        Setup s = assignment(2);
        long first = assignments.start(s.assignmentId());
        var deadline = quizzes.summaryOf(first).deadline();
        clock.set(deadline.plusSeconds(2));
        long second = assignments.start(s.assignmentId());
        assertThat(second).isNotEqualTo(first);
        assertThat(quizzes.summaryOf(first).status()).isEqualTo(AttemptStatus.EXPIRED);
        assertThat(quizzes.summaryOf(first).finishedAt()).isEqualTo(deadline);
        assertThat(mine(s.assignmentId()).attemptsUsed()).isEqualTo(2);
    }
}
