package com.massagetrainer.quiz;

import com.massagetrainer.SpringTest;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.account.TrainerPrincipal;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.bank.QuestionType;
import com.massagetrainer.bank.Topic;
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
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class QuizServiceTest extends SpringTest {

    @Autowired
    QuizService quizzes;
    @Autowired
    BankCatalog bank;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    TrainerPrincipal student;

    @BeforeEach
    void signIn() {
        student = TestAccounts.newUser(context, Role.STUDENT);
        TestAccounts.signIn(student);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private long singlesExam(int n, int minutes) {
        return quizzes.start(new QuizSpec("Exam", QuizMode.EXAM, List.of(), n, minutes, null, false,
                QuizFixtures.questionsOfType(bank, QuestionType.SINGLE, n)));
    }

    @Test
    void practiceDrawsTheRequestedQuestionsAndStoresSeedAndOrder() {
        long id = quizzes.start(QuizSpec.practice("Mixed", List.of(), 12));
        AttemptOnScreen attempt = quizzes.open(id);
        assertThat(attempt.count()).isEqualTo(12);
        assertThat(attempt.questions()).extracting(QuestionOnScreen::position)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(attempt.questions().stream().map(q -> q.question().id()).distinct()).hasSize(12);
        Map<String, Object> row = jdbc.queryForMap("select seed, spec from attempt where id = ?", id);
        assertThat(row.get("SEED")).isNotNull();
        assertThat((String) row.get("SPEC")).contains("\"count\":12");
        assertThat(attempt.resumePosition()).isEqualTo(1);
    }

    @Test
    void eachAnswerIsStoredAtOnceAndPracticeShowsTheScore() {
        long id = quizzes.start(QuizSpec.ofQuestions("Singles", QuizFixtures.questionsOfType(bank, QuestionType.SINGLE, 3)));
        AttemptOnScreen attempt = quizzes.open(id);
        QuestionOnScreen first = quizzes.answer(id, 1, QuizFixtures.rightAnswer(attempt.at(1)));
        assertThat(first.score()).isEqualTo(1.0);
        QuestionOnScreen second = quizzes.answer(id, 2, QuizFixtures.wrongAnswer(attempt.at(2)));
        assertThat(second.score()).isEqualTo(0.0);
        assertThat(jdbc.queryForObject("select count(*) from attempt_item where attempt_id = ? and answered_at is not null",
                Integer.class, id)).isEqualTo(2);
        assertThat(quizzes.open(id).resumePosition()).isEqualTo(3);
        assertThatThrownBy(() -> quizzes.answer(id, 1, QuizFixtures.wrongAnswer(attempt.at(1))))
                .isInstanceOf(QuizRuleException.class).hasMessageContaining("already answered");
    }

    @Test
    void examHidesScoresUntilSubmittedAndAnswersCanChangeOrBeCleared() {
        long id = singlesExam(3, 30);
        AttemptOnScreen attempt = quizzes.open(id);
        assertThat(quizzes.answer(id, 1, QuizFixtures.wrongAnswer(attempt.at(1))).score()).isNull();
        quizzes.answer(id, 1, QuizFixtures.rightAnswer(attempt.at(1)));
        quizzes.answer(id, 2, QuizFixtures.rightAnswer(attempt.at(2)));
        quizzes.answer(id, 2, List.of());
        quizzes.flag(id, 3, true);
        AttemptOnScreen before = quizzes.open(id);
        assertThat(before.questions()).allSatisfy(q -> assertThat(q.score()).isNull());
        assertThat(before.at(2).isAnswered()).isFalse();
        assertThat(before.at(3).flagged()).isTrue();
        AttemptOnScreen done = quizzes.submit(id);
        assertThat(done.status()).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(done.score()).isCloseTo(33.3, within(0.01));
        assertThat(done.passed()).isFalse();
        assertThat(done.at(1).score()).isEqualTo(1.0);
    }

    @Test
    void badResponsesAreRefusedAndNothingIsStored() {
        long id = quizzes.start(QuizSpec.ofQuestions("Singles", QuizFixtures.questionsOfType(bank, QuestionType.SINGLE, 1)));
        assertThatThrownBy(() -> quizzes.answer(id, 1, List.of("zz"))).isInstanceOf(QuizRuleException.class);
        assertThatThrownBy(() -> quizzes.answer(id, 1, List.of())).isInstanceOf(QuizRuleException.class)
                .hasMessageContaining("Choose an answer");
        assertThatThrownBy(() -> quizzes.answer(id, 7, List.of("a"))).isInstanceOf(QuizRuleException.class);
        assertThat(quizzes.open(id).at(1).isAnswered()).isFalse();
    }

    @Test
    void submittingTwiceOrFromTwoTabsAtOnceGivesOneResult() throws Exception {
        long id = singlesExam(4, 30);
        AttemptOnScreen attempt = quizzes.open(id);
        quizzes.answer(id, 1, QuizFixtures.rightAnswer(attempt.at(1)));
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<AttemptOnScreen> submit = () -> {
                org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(auth);
                return quizzes.submit(id);
            };
            List<Future<AttemptOnScreen>> results = pool.invokeAll(List.of(submit, submit));
            AttemptOnScreen a = results.get(0).get();
            AttemptOnScreen b = results.get(1).get();
            assertThat(a.finishedAt()).isEqualTo(b.finishedAt());
            assertThat(a.score()).isEqualTo(b.score()).isEqualTo(25.0);
        } finally {
            pool.shutdown();
        }
        clock.advance(Duration.ofMinutes(5));
        AttemptOnScreen again = quizzes.submit(id);
        assertThat(again.finishedAt()).isEqualTo(SpringTest.START);
        assertThatThrownBy(() -> quizzes.answer(id, 2, QuizFixtures.rightAnswer(attempt.at(2))))
                .isInstanceOf(QuizRuleException.class).hasMessageContaining("already submitted");
    }

    @Test
    void expiredExamIsGradedWithTheSavedAnswersEvenIfTheStudentNeverReturns() {
        long id = singlesExam(4, 10);
        AttemptOnScreen attempt = quizzes.open(id);
        quizzes.answer(id, 1, QuizFixtures.rightAnswer(attempt.at(1)));
        quizzes.answer(id, 2, QuizFixtures.rightAnswer(attempt.at(2)));
        clock.advance(Duration.ofMinutes(9));
        assertThat(quizzes.closeExpiredExams()).isZero();
        clock.advance(Duration.ofMinutes(1));
        TestAccounts.signOut();
        assertThat(quizzes.closeExpiredExams()).isGreaterThanOrEqualTo(1);
        TestAccounts.signIn(student);
        AttemptOnScreen closed = quizzes.open(id);
        assertThat(closed.status()).isEqualTo(AttemptStatus.EXPIRED);
        assertThat(closed.score()).isEqualTo(50.0);
        assertThat(closed.finishedAt()).isEqualTo(closed.deadline());
        assertThatThrownBy(() -> quizzes.answer(id, 3, QuizFixtures.rightAnswer(attempt.at(3))))
                .isInstanceOf(QuizRuleException.class);
    }

    @Test
    void answerArrivingAfterTheDeadlineClosesTheExamInsteadOfCounting() {
        long id = singlesExam(2, 5);
        AttemptOnScreen attempt = quizzes.open(id);
        clock.advance(Duration.ofMinutes(5).plusSeconds(3));
        assertThatThrownBy(() -> quizzes.answer(id, 1, QuizFixtures.rightAnswer(attempt.at(1))))
                .isInstanceOf(QuizRuleException.class).hasMessageContaining("Time is up");
        assertThat(quizzes.open(id).status()).isEqualTo(AttemptStatus.EXPIRED);
        assertThat(quizzes.open(id).score()).isZero();
    }

    @Test
    void anotherStudentCanNeitherReadNorAnswerNorSubmit() {
        long id = singlesExam(2, 30);
        AttemptOnScreen attempt = quizzes.open(id);
        TestAccounts.signIn(TestAccounts.newUser(context, Role.STUDENT));
        assertThatThrownBy(() -> quizzes.open(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quizzes.answer(id, 1, QuizFixtures.rightAnswer(attempt.at(1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quizzes.submit(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quizzes.flag(id, 1, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quizzes.startMistakes(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(quizzes.myHistory()).isEmpty();
        TestAccounts.signOut();
        assertThatThrownBy(() -> quizzes.open(id)).isInstanceOf(AccessDeniedException.class);
        TestAccounts.signIn(student);
        assertThat(quizzes.open(id).at(1).isAnswered()).isFalse();
    }

    @Test
    void fullMockExamFollowsTheBlueprint() {
        long id = quizzes.start(Preset.MOCK_EXAM);
        AttemptOnScreen attempt = quizzes.open(id);
        assertThat(attempt.count()).isEqualTo(100);
        assertThat(attempt.mode()).isEqualTo(QuizMode.EXAM);
        assertThat(Duration.between(attempt.startedAt(), attempt.deadline())).isEqualTo(Duration.ofMinutes(110));
        Map<String, Long> perTopic = attempt.questions().stream()
                .collect(Collectors.groupingBy(QuestionOnScreen::topicId, Collectors.counting()));
        for (Topic topic : bank.topics()) {
            assertThat(perTopic.get(topic.getId())).as(topic.getId()).isEqualTo((long) topic.getWeight());
        }
        assertThat(quizzes.myOpenAttempt()).map(AttemptSummary::id).contains(id);
    }

    @Test
    void weakestTopicPresetPicksTheTopicWithTheLowestAccuracy() {
        List<Topic> topics = bank.topics();
        // Right answers in every topic but one.
        for (Topic topic : topics) {
            long id = quizzes.start(QuizSpec.practice(topic.getName(), List.of(topic.getId()), 5));
            AttemptOnScreen a = quizzes.open(id);
            boolean weak = topic.getId().equals("circulation");
            for (QuestionOnScreen q : a.questions()) {
                List<String> answer = weak ? wrongish(q) : QuizFixtures.rightAnswer(q);
                quizzes.answer(id, q.position(), answer);
            }
        }
        long id = quizzes.start(Preset.WEAKEST_TOPIC);
        AttemptOnScreen weakest = quizzes.open(id);
        assertThat(weakest.count()).isEqualTo(10);
        assertThat(weakest.questions()).allSatisfy(q -> assertThat(q.topicId()).isEqualTo("circulation"));
    }

    private static List<String> wrongish(QuestionOnScreen q) {
        List<String> key = QuizFixtures.rightAnswer(q);
        return switch (q.question().type()) {
            case SINGLE, TRUE_FALSE -> QuizFixtures.wrongAnswer(q);
            case MULTIPLE -> q.question().options().stream().filter(o -> !o.correct()).map(o -> o.id()).toList();
            case MATCHING, ORDERING -> {
                List<String> reversed = new ArrayList<>(q.question().type() == QuestionType.ORDERING ? key : List.of());
                java.util.Collections.reverse(reversed);
                yield q.question().type() == QuestionType.ORDERING ? reversed : List.of(key.get(0).split("=")[0] + "="
                        + key.get(1).split("=")[0]);
            }
        };
    }

    @Test
    void practiseMyMistakesHoldsExactlyTheMissedQuestions() {
        long id = quizzes.start(QuizSpec.ofQuestions("Singles", QuizFixtures.questionsOfType(bank, QuestionType.SINGLE, 4)));
        AttemptOnScreen a = quizzes.open(id);
        quizzes.answer(id, 1, QuizFixtures.rightAnswer(a.at(1)));
        quizzes.answer(id, 2, QuizFixtures.wrongAnswer(a.at(2)));
        quizzes.answer(id, 3, QuizFixtures.rightAnswer(a.at(3)));
        assertThatThrownBy(() -> quizzes.startMistakes(id)).hasMessageContaining("Finish this quiz first");
        quizzes.submit(id);
        long mistakes = quizzes.startMistakes(id);
        assertThat(quizzes.open(mistakes).questions()).extracting(q -> q.question().id())
                .containsExactlyInAnyOrder(a.at(2).question().id(), a.at(4).question().id());
    }

    @Test
    void mistakesOfAQuizWhoseAnswersAreHiddenCannotBePractised() {
        long id = quizzes.start(QuizSpec.exam("Hidden", List.of(bank.topics().get(0).getId()), 2, 10, false), false);
        quizzes.submit(id);
        assertThatThrownBy(() -> quizzes.startMistakes(id)).isInstanceOf(QuizRuleException.class)
                .hasMessageContaining("answers are not shown");
    }

    @Test
    void tooFewQuestionsTellsHowManyAreAvailable() {
        String topic = bank.topics().get(0).getId();
        // A case is drawn whole or not at all: its questions count only when all of them are in the chosen topics.
        Map<String, com.massagetrainer.bank.CaseLink> links = bank.caseLinks();
        java.util.Set<String> inTopic = bank.currentQuestions(List.of(topic), List.of(1, 2, 3)).stream()
                .map(com.massagetrainer.bank.CurrentQuestion::questionId).collect(Collectors.toSet());
        long available = inTopic.stream().filter(q -> !links.containsKey(q) || links.entrySet().stream()
                .filter(e -> e.getValue().caseId().equals(links.get(q).caseId())).allMatch(e -> inTopic.contains(e.getKey())))
                .count();
        assertThatThrownBy(() -> quizzes.start(QuizSpec.practice("Too many", List.of(topic), 150)))
                .isInstanceOf(PoolTooSmallException.class)
                .hasMessageContaining("Only " + available + " questions");
        assertThatThrownBy(() -> quizzes.start(QuizSpec.practice("Zero", List.of(), 0)))
                .isInstanceOf(QuizRuleException.class).hasMessageContaining("between 1 and");
        assertThatThrownBy(() -> quizzes.start(new QuizSpec("x", QuizMode.EXAM, List.of(), 5, null, null, false, null)))
                .isInstanceOf(QuizRuleException.class).hasMessageContaining("time limit");
    }
}
