package com.massagetrainer.report;

import com.massagetrainer.SpringTest;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.account.TrainerPrincipal;
import com.massagetrainer.quiz.QuestionOnScreen;
import com.massagetrainer.quiz.QuizFixtures;
import com.massagetrainer.quiz.QuizRuleException;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.quiz.QuizSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportServiceTest extends SpringTest {

    @Autowired
    ReportService reports;
    @Autowired
    QuizService quizzes;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    TrainerPrincipal student;
    TrainerPrincipal admin;

    @BeforeEach
    void signIn() {
        student = TestAccounts.newUser(context, Role.STUDENT);
        admin = TestAccounts.newUser(context, Role.ADMIN);
        TestAccounts.signIn(student);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** A practice quiz of n questions with the first {@code answered} answered (their keys shown). */
    private long practice(int n, int answered) {
        long id = quizzes.start(QuizSpec.practice("Practice", List.of(), n));
        for (int p = 1; p <= answered; p++) {
            QuestionOnScreen q = quizzes.open(id).questions().get(p - 1);
            quizzes.answer(id, p, QuizFixtures.rightAnswer(q));
        }
        return id;
    }

    @Test
    void aReportReachesTheAdminQueueAndTheReplyReachesTheStudent() {
        long attempt = practice(2, 1);
        long id = reports.report(attempt, 1, ReportReason.WRONG_KEY, "  Option B is also right per the article.  ");

        TestAccounts.signIn(admin);
        ReportInQueue queued = reports.queue(false).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        assertThat(queued.reporterEmail()).isEqualTo(student.email());
        assertThat(queued.reason()).isEqualTo(ReportReason.WRONG_KEY);
        assertThat(queued.details()).isEqualTo("Option B is also right per the article.");
        assertThat(queued.version()).isPositive();
        assertThat(queued.questionId()).isEqualTo(quizzesQuestionId(attempt, 1));
        assertThat(reports.questionText(id)).isNotBlank();
        reports.resolve(id, ReportStatus.FIXED, "Thanks: the key now accepts B.");
        assertThat(reports.queue(false)).extracting(ReportInQueue::id).doesNotContain(id);
        assertThatThrownBy(() -> reports.resolve(id, ReportStatus.REJECTED, "again"))
                .isInstanceOf(ReportRuleException.class).hasMessageContaining("already answered");

        TestAccounts.signIn(student);
        MyReport mine = reports.mine().get(0);
        assertThat(mine.status()).isEqualTo(ReportStatus.FIXED);
        assertThat(mine.reply()).isEqualTo("Thanks: the key now accepts B.");
        // Once answered, the student may report the same question again.
        assertThat(reports.report(attempt, 1, ReportReason.TYPO, "")).isNotEqualTo(id);
    }

    private String quizzesQuestionId(long attempt, int position) {
        return jdbc.queryForObject("select question_id from attempt_item where attempt_id = ? and position = ?",
                String.class, attempt, position);
    }

    @Test
    void oneOpenReportPerStudentPerQuestionEvenFromEightThreadsAtOnce() throws Exception {
        long attempt = practice(1, 1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(pool.submit(() -> {
                TestAccounts.signIn(student);
                go.await();
                try {
                    reports.report(attempt, 1, ReportReason.UNCLEAR, "");
                    return true;
                } catch (ReportRuleException e) {
                    return false;
                } finally {
                    TestAccounts.signOut();
                }
            }));
        }
        go.countDown();
        int created = 0;
        for (Future<Boolean> f : results) {
            created += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(created).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from question_report where reporter_id = ?", Integer.class,
                student.id())).isEqualTo(1);
    }

    @Test
    void onlyQuestionsWhoseKeyWasShownToTheReporterCanBeReported() {
        long attempt = practice(2, 1);
        assertThatThrownBy(() -> reports.report(attempt, 2, ReportReason.TYPO, ""))
                .isInstanceOf(QuizRuleException.class).hasMessageContaining("once its answer has been shown");
        TestAccounts.signIn(TestAccounts.newUser(context, Role.STUDENT));
        assertThatThrownBy(() -> reports.report(attempt, 1, ReportReason.TYPO, ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.queue(false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.resolve(1, ReportStatus.FIXED, "no")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void textIsLimitedAndOtherNeedsWords() {
        long attempt = practice(1, 1);
        assertThatThrownBy(() -> reports.report(attempt, 1, ReportReason.OTHER, "   "))
                .isInstanceOf(ReportRuleException.class).hasMessageContaining("Write a few words");
        assertThatThrownBy(() -> reports.report(attempt, 1, ReportReason.TYPO, "x".repeat(1001)))
                .isInstanceOf(ReportRuleException.class).hasMessageContaining("at most 1000");
        assertThatThrownBy(() -> reports.report(attempt, 1, ReportReason.TYPO, "bad\u0007bell"))
                .isInstanceOf(ReportRuleException.class).hasMessageContaining("control");
        assertThat(reports.report(attempt, 1, ReportReason.TYPO, "line one\nline two")).isPositive();
    }

    @Test
    void twentyReportsADayThenTomorrow() {
        long attempt = practice(ReportService.MAX_PER_DAY + 1, ReportService.MAX_PER_DAY + 1);
        for (int p = 1; p <= ReportService.MAX_PER_DAY; p++) {
            reports.report(attempt, p, ReportReason.TYPO, "");
        }
        assertThatThrownBy(() -> reports.report(attempt, ReportService.MAX_PER_DAY + 1, ReportReason.TYPO, ""))
                .isInstanceOf(ReportRuleException.class).hasMessageContaining("tomorrow");
        clock.advance(Duration.ofHours(25));
        assertThat(reports.report(attempt, ReportService.MAX_PER_DAY + 1, ReportReason.TYPO, "")).isPositive();
    }
}
