package com.massagetrainer.bank.format;

import com.massagetrainer.bank.QuestionContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The samePointAs rules: on the small test bank plus the case of {@link CaseSetValidatorTest}. */
class SamePointValidatorTest {

    @TempDir
    Path tmp;

    /** The test bank with the case, after the edit (the case file is written first so edits may touch it). */
    private TestBank bankWithCase() {
        return TestBank.valid(tmp).write("cases/case-desk.yaml", CaseSetValidatorTest.CASE);
    }

    private static BankValidation validate(TestBank bank) {
        return new BankValidator().validate(bank.dir());
    }

    private static void assertError(BankValidation result, String location, String text) {
        assertThat(result.isValid()).as("bank should be invalid").isFalse();
        assertThat(result.errors()).as(result.report()).anySatisfy(p -> {
            assertThat(p.file() + ":" + p.line()).isEqualTo(location);
            assertThat(p.message()).contains(text);
        });
    }

    @Test
    void aCaseQuestionNamesItsStandAloneTwinAndTheReportCountsThePair() {
        BankValidation result = validate(bankWithCase().edit("cases/case-desk.yaml", "  - id: case-desk-1\n",
                "  - id: case-desk-1\n    samePointAs: [anatomy-001]\n"));
        assertThat(result.problems()).as(result.report()).isEmpty();
        QuestionContent linked = result.bank().orElseThrow().questions().stream()
                .filter(q -> q.id().equals("case-desk-1")).findFirst().orElseThrow();
        assertThat(linked.samePointAs()).containsExactly("anatomy-001");
        assertThat(new BankReport(result.bank().orElseThrow()).render()).contains(
                "Same-point pairs: 1 declared (1 with a case question, 0 between stand-alone questions)");
    }

    @Test
    void anIdThatIsNoQuestionOfTheBankIsNamedByFileAndLine() {
        BankValidation result = validate(bankWithCase().edit("questions/strokes.yaml", "  - id: strokes-001\n",
                "  - id: strokes-001\n    samePointAs:\n      - anatomy-001\n      - anatomy-099\n"));
        assertError(result, "question-bank/questions/strokes.yaml:6",
                "samePointAs names 'anatomy-099', which is no question of the bank");
    }

    @Test
    void aQuestionCannotNameItself() {
        BankValidation result = validate(bankWithCase().edit("questions/strokes.yaml", "  - id: strokes-001\n",
                "  - id: strokes-001\n    samePointAs: [strokes-001]\n"));
        assertError(result, "question-bank/questions/strokes.yaml:4", "names the question itself");
    }

    @Test
    void aPairIsDeclaredOnceOnOneSide() {
        BankValidation result = validate(bankWithCase()
                .edit("questions/strokes.yaml", "  - id: strokes-001\n", "  - id: strokes-001\n    samePointAs: [anatomy-001]\n")
                .edit("questions/anatomy.yaml", "  - id: anatomy-001\n", "  - id: anatomy-001\n    samePointAs: [strokes-001]\n"));
        assertError(result, "question-bank/questions/strokes.yaml:4",
                "the pair anatomy-001 / strokes-001 is already declared at question-bank/questions/anatomy.yaml:4; "
                        + "declare each pair once");
    }

    @Test
    void theSameIdTwiceInOneList() {
        BankValidation result = validate(bankWithCase().edit("questions/strokes.yaml", "  - id: strokes-001\n",
                "  - id: strokes-001\n    samePointAs: [anatomy-001, anatomy-001]\n"));
        assertError(result, "question-bank/questions/strokes.yaml:4", "names 'anatomy-001' twice");
    }

    @Test
    void twoQuestionsOfOneCaseCannotBeTwins() {
        BankValidation result = validate(bankWithCase().edit("cases/case-desk.yaml", "  - id: case-desk-3\n",
                "  - id: case-desk-3\n    samePointAs: [case-desk-2]\n"));
        assertError(result, "question-bank/cases/case-desk.yaml:53", "both in case-desk, which is always drawn whole");
    }

    @Test
    void theSchemaRefusesAnIdThatIsNoSlug() {
        BankValidation result = validate(bankWithCase().edit("questions/strokes.yaml", "  - id: strokes-001\n",
                "  - id: strokes-001\n    samePointAs: [Anatomy 001]\n"));
        assertThat(result.isValid()).isFalse();
        assertThat(result.errors()).as(result.report()).anySatisfy(p ->
                assertThat(p.file() + ":" + p.line()).isEqualTo("question-bank/questions/strokes.yaml:4"));
    }
}
