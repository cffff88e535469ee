package com.massagetrainer.quiz;

import com.massagetrainer.SpringTest;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.bank.BankImportService;
import com.massagetrainer.bank.CaseSet;
import com.massagetrainer.bank.QuestionBank;
import com.massagetrainer.bank.Topic;
import com.massagetrainer.bank.format.BankValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Case sets of the real bank in practice quizzes, the mock exam and review: whole, in order, with their scenario. */
class CaseSetQuizServiceTest extends SpringTest {

    @Autowired
    QuizService quizzes;
    @Autowired
    BankCatalog bank;
    @Autowired
    BankImportService importer;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void signIn() {
        TestAccounts.signIn(TestAccounts.newUser(context, Role.STUDENT));
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** The cases in an attempt, each with the attempt positions of its questions; asserts each is whole and in order. */
    private static Map<String, List<QuestionOnScreen>> wholeCases(AttemptOnScreen attempt) {
        Map<String, List<QuestionOnScreen>> cases = new LinkedHashMap<>();
        attempt.questions().stream().filter(q -> q.caseSet() != null)
                .forEach(q -> cases.computeIfAbsent(q.caseSet().caseId(), k -> new ArrayList<>()).add(q));
        cases.forEach((id, questions) -> {
            int size = questions.get(0).caseSet().size();
            assertThat(questions).as(id + " whole").hasSize(size);
            for (int i = 0; i < size; i++) {
                QuestionOnScreen q = questions.get(i);
                assertThat(q.caseSet().position()).as(id + " in case order").isEqualTo(i + 1);
                assertThat(q.position()).as(id + " consecutive").isEqualTo(questions.get(0).position() + i);
                assertThat(q.caseSet().scenario()).isNotBlank();
                assertThat(q.question().id()).startsWith(id + "-");
            }
        });
        return cases;
    }

    @Test
    void practiceQuizOf25HoldsOneWholeCaseShownWithItsScenario() {
        AttemptOnScreen attempt = quizzes.open(quizzes.start(Preset.MIXED));
        assertThat(attempt.count()).isEqualTo(25);
        assertThat(wholeCases(attempt)).hasSize(1);
    }

    @Test
    void mockExamHoldsWholeCasesAndStillFollowsTheBlueprint() {
        AttemptOnScreen attempt = quizzes.open(quizzes.start(Preset.MOCK_EXAM));
        assertThat(attempt.count()).isEqualTo(100);
        assertThat(wholeCases(attempt).size()).isBetween(2, 3);
        Map<String, Long> perTopic = attempt.questions().stream()
                .collect(Collectors.groupingBy(QuestionOnScreen::topicId, Collectors.counting()));
        for (Topic topic : bank.topics()) {
            assertThat(perTopic.get(topic.getId())).as(topic.getId()).isEqualTo((long) topic.getWeight());
        }
        // During the exam a question shows its case but nothing about right or wrong.
        assertThat(attempt.questions()).allSatisfy(q -> assertThat(q.score()).isNull());
    }

    @Test
    void aChangedScenarioIsANewCaseVersionAndOldAttemptsKeepTheOneTheStudentSaw() {
        QuestionBank original = new BankValidator().validate(Path.of("question-bank")).bank().orElseThrow();
        CaseSet fever = original.cases().stream().filter(c -> c.id().equals("case-fever")).findFirst().orElseThrow();
        long before = quizzes.start(QuizSpec.ofQuestions("Fever case", fever.questionIds()));
        try {
            List<CaseSet> changed = original.cases().stream().map(c -> c.id().equals(fever.id())
                    ? new CaseSet(c.id(), c.title(), c.scenario() + " He has also lost his voice.", c.questionIds())
                    : c).toList();
            importer.importBank(new QuestionBank(original.topics(), original.sources(), original.questions(), changed));
            long after = quizzes.start(QuizSpec.ofQuestions("Fever case again", fever.questionIds()));

            assertThat(quizzes.open(before).at(2).caseSet().scenario()).isEqualTo(fever.scenario());
            assertThat(quizzes.open(after).at(2).caseSet().scenario()).endsWith("He has also lost his voice.");
            assertThat(quizzes.open(after).at(2).caseSet().position()).isEqualTo(2);
        } finally {
            importer.importBank(original);
        }
    }
}
