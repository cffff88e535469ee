package com.massagetrainer.bank.format;

import com.massagetrainer.bank.CaseSet;
import com.massagetrainer.bank.QuestionBank;
import com.massagetrainer.bank.QuestionContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The case-file rules: a small valid bank with one case, then each test breaks one thing. */
class CaseSetValidatorTest {

    /** A case of three linked questions in two topics. Line numbers below refer to this text. */
    static final String CASE = """
            id: case-desk
            title: Desk worker with tight shoulders
            scenario: >-
              Ana, 30, works at a desk all day and has tight muscles between her shoulder blades.
            questions:
              - id: case-desk-1
                topic: anatomy
                type: single
                difficulty: 1
                cognitive: application
                stem: Which muscles lie under the trapezius between her shoulder blades?
                options:
                  - id: a
                    text: The rhomboids
                    correct: true
                    rationale: They lie beneath the trapezius.
                  - id: b
                    text: The quadriceps
                    correct: false
                    rationale: Thigh muscles.
                  - id: c
                    text: The biceps
                    correct: false
                    rationale: Arm muscles.
                  - id: d
                    text: The calves
                    correct: false
                    rationale: Leg muscles.
                explanation: The rhomboids sit under the trapezius.
                citations:
                  - source: how-to
                    section: Partner Massage Techniques
              - id: case-desk-2
                topic: strokes
                type: true_false
                difficulty: 2
                cognitive: recall
                stem: Her session begins with gliding strokes.
                options:
                  - id: "true"
                    text: "True"
                    correct: true
                    rationale: Effleurage comes first.
                  - id: "false"
                    text: "False"
                    correct: false
                    rationale: Kneading follows later.
                explanation: Effleurage warms the tissue first.
                citations:
                  - source: how-to
                    section: Partner Massage Techniques
              - id: case-desk-3
                topic: strokes
                type: true_false
                difficulty: 2
                cognitive: recall
                stem: Kneading her upper trapezius comes after the tissue is warm.
                options:
                  - id: "true"
                    text: "True"
                    correct: true
                    rationale: Petrissage follows effleurage.
                  - id: "false"
                    text: "False"
                    correct: false
                    rationale: The article warms first.
                explanation: Petrissage follows once the tissue is warm.
                citations:
                  - source: how-to
                    section: Partner Massage Techniques
            """;

    /** A fourth and a fifth question to append to {@link #CASE}. */
    private static String extra(int n) {
        return CASE.substring(CASE.indexOf("  - id: case-desk-3"))
                .replace("case-desk-3", "case-desk-" + n)
                .replace("Kneading her upper trapezius comes after", "Step " + n + " of her session comes after");
    }

    @TempDir
    Path tmp;

    private BankValidation validate(String caseText) {
        return new BankValidator().validate(TestBank.valid(tmp).write("cases/case-desk.yaml", caseText).dir());
    }

    private static void assertError(BankValidation result, String location, String text) {
        assertThat(result.isValid()).as("bank should be invalid").isFalse();
        assertThat(result.errors()).as(result.report()).anySatisfy(p -> {
            assertThat(p.file() + ":" + p.line()).isEqualTo(location);
            assertThat(p.message()).contains(text);
        });
    }

    @Test
    void validCaseAddsItsQuestionsToTheirTopicsAndKeepsCaseOrder() {
        BankValidation result = validate(CASE);
        assertThat(result.problems()).as(result.report()).isEmpty();
        QuestionBank bank = result.bank().orElseThrow();
        assertThat(bank.cases()).containsExactly(new CaseSet("case-desk", "Desk worker with tight shoulders",
                "Ana, 30, works at a desk all day and has tight muscles between her shoulder blades.",
                java.util.List.of("case-desk-1", "case-desk-2", "case-desk-3")));
        assertThat(bank.questions()).extracting(QuestionContent::id, QuestionContent::topic).contains(
                org.assertj.core.groups.Tuple.tuple("case-desk-1", "anatomy"),
                org.assertj.core.groups.Tuple.tuple("case-desk-3", "strokes"));
        assertThat(new BankReport(bank).render()).contains("Case sets: 1, linking 3 questions")
                .contains("case-desk: 3 questions; anatomy, strokes, strokes");
    }

    @Test
    void fourQuestionsAreFine() {
        BankValidation result = validate(CASE + extra(4));
        assertThat(result.errors()).as(result.report()).isEmpty();
        assertThat(result.bank().orElseThrow().cases().get(0).questionIds()).hasSize(4);
    }

    @Test
    void missingScenario() {
        BankValidation result = validate(CASE.replace("scenario: >-\n  Ana, 30, works at a desk all day and has tight "
                + "muscles between her shoulder blades.\n", ""));
        assertError(result, "question-bank/cases/case-desk.yaml:1", "required property 'scenario'");
    }

    @Test
    void blankTitle() {
        BankValidation result = validate(CASE.replace("title: Desk worker with tight shoulders", "title: \"  \""));
        assertError(result, "question-bank/cases/case-desk.yaml:2", "title");
    }

    @Test
    void fewerThanThreeQuestions() {
        BankValidation result = validate(CASE.substring(0, CASE.indexOf("  - id: case-desk-3")));
        assertError(result, "question-bank/cases/case-desk.yaml:5", "a case set has 3 or 4 linked questions, this one has 2");
    }

    @Test
    void moreThanFourQuestions() {
        BankValidation result = validate(CASE + extra(4) + extra(5));
        assertError(result, "question-bank/cases/case-desk.yaml:5", "this one has 5; split it into two cases");
    }

    @Test
    void linkedQuestionNeedsATopic() {
        BankValidation result = validate(CASE.replace("    topic: anatomy\n", ""));
        assertError(result, "question-bank/cases/case-desk.yaml:6", "required property 'topic'");
    }

    @Test
    void linkedQuestionNamesAKnownTopic() {
        BankValidation result = validate(CASE.replace("topic: anatomy", "topic: anatomi"));
        assertError(result, "question-bank/cases/case-desk.yaml:7", "unknown topic 'anatomi'");
    }

    @Test
    void linkedQuestionHasNoScenarioOfItsOwn() {
        BankValidation result = validate(CASE.replace("    topic: anatomy\n", "    topic: anatomy\n    scenario: Another story.\n"));
        assertThat(result.isValid()).isFalse();
        assertThat(result.errors()).as(result.report()).anySatisfy(p -> assertThat(p.file()).endsWith("case-desk.yaml"));
    }

    @Test
    void caseQuestionsFollowEveryQuestionRule() {
        BankValidation result = validate(CASE.replace("text: The quadriceps\n        correct: false",
                "text: The quadriceps\n        correct: true"));
        assertError(result, "question-bank/cases/case-desk.yaml:12", "exactly one correct option, this one has 2");
    }

    @Test
    void caseQuestionIdsAreUniqueAcrossTheBank() {
        BankValidation result = validate(CASE.replace("id: case-desk-1", "id: anatomy-001"));
        assertError(result, "question-bank/cases/case-desk.yaml:6", "question id 'anatomy-001' is already used at "
                + "question-bank/questions/anatomy.yaml:3");
    }

    @Test
    void questionIdsStartWithTheCaseId() {
        BankValidation result = validate(CASE.replace("id: case-desk-2", "id: desk-2"));
        assertError(result, "question-bank/cases/case-desk.yaml:33", "does not start with the case id; name it case-desk-2");
    }

    @Test
    void caseIdMatchesTheFileName() {
        BankValidation result = validate(CASE.replace("id: case-desk\n", "id: case-office\n"));
        assertError(result, "question-bank/cases/case-desk.yaml:1", "does not match the file name");
    }

    @Test
    void scenarioMustNotGiveAwayAKey() {
        BankValidation result = validate(CASE.replace("has tight muscles between her shoulder blades.",
                "has tight muscles between her shoulder blades, in the rhomboids under the trapezius.")
                .replace("text: The rhomboids", "text: The rhomboids under the trapezius"));
        assertError(result, "question-bank/cases/case-desk.yaml:3", "the scenario contains the key of case-desk-1");
    }

    @Test
    void aBankWithoutCaseFolderHasNoCases() {
        BankValidation result = new BankValidator().validate(TestBank.valid(tmp).dir());
        assertThat(result.errors()).isEmpty();
        assertThat(result.bank().orElseThrow().cases()).isEmpty();
    }
}
