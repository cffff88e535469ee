package com.massagetrainer.bank.format;

import com.massagetrainer.bank.QuestionContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per rule: a small bad bank and the file:line message an author gets. */
class BankValidatorTest {

    @TempDir
    Path tmp;

    private final BankValidator validator = new BankValidator();

    private BankValidation validate(TestBank bank) {
        return validator.validate(bank.dir());
    }

    private static void assertError(BankValidation result, String location, String text) {
        assertThat(result.isValid()).as("bank should be invalid").isFalse();
        assertThat(result.errors()).as(result.report())
                .anySatisfy(p -> {
                    assertThat(p.file() + ":" + p.line()).isEqualTo(location);
                    assertThat(p.message()).contains(text);
                });
    }

    @Test
    void validBankReadsEveryQuestionWithItsTopic() {
        BankValidation result = validate(TestBank.valid(tmp));
        assertThat(result.errors()).as(result.report()).isEmpty();
        assertThat(result.bank().orElseThrow().questions()).extracting(QuestionContent::id, QuestionContent::topic)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("anatomy-001", "anatomy"),
                        org.assertj.core.groups.Tuple.tuple("strokes-001", "strokes"));
    }

    @Test
    void emptyFile() {
        BankValidation result = validate(TestBank.valid(tmp).write("questions/anatomy.yaml", "  \n\n"));
        assertError(result, "question-bank/questions/anatomy.yaml:1", "the file is empty");
    }

    @Test
    void byteOrderMark() {
        byte[] text = TestBank.ANATOMY.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        BankValidation result = validate(TestBank.valid(tmp).write("questions/anatomy.yaml", withBom));
        assertError(result, "question-bank/questions/anatomy.yaml:1", "byte-order mark");
    }

    @Test
    void tabIndentation() {
        BankValidation result = validate(TestBank.valid(tmp)
                .edit("questions/anatomy.yaml", "    difficulty: 1", "\tdifficulty: 1"));
        assertError(result, "question-bank/questions/anatomy.yaml:5", "tab is used for indentation");
    }

    @Test
    void invalidUtf8NamesTheLine() {
        byte[] bytes = "topic: anatomy\nquestions:\n  - id: caf\u00e9\n".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 2] = (byte) 0xFF;
        BankValidation result = validate(TestBank.valid(tmp).write("questions/anatomy.yaml", bytes));
        assertError(result, "question-bank/questions/anatomy.yaml:3", "invalid UTF-8");
    }

    @Test
    void crOnlyLineEndsAreReadWithTheRightLines() {
        String crOnly = TestBank.ANATOMY.replace("\n", "\r").replace("difficulty: 1", "difficulty: 7");
        BankValidation result = validate(TestBank.valid(tmp).write("questions/anatomy.yaml", crOnly));
        assertError(result, "question-bank/questions/anatomy.yaml:5", "difficulty");
    }

    @Test
    void duplicateIdNamesBothPlaces() {
        BankValidation result = validate(TestBank.valid(tmp)
                .edit("questions/strokes.yaml", "id: strokes-001", "id: anatomy-001"));
        assertError(result, "question-bank/questions/strokes.yaml:3",
                "'anatomy-001' is already used at question-bank/questions/anatomy.yaml:3");
    }

    @Test
    void singleWithTwoKeys() {
        BankValidation result = validate(TestBank.valid(tmp).edit("questions/anatomy.yaml",
                "text: Quadriceps\n        correct: false", "text: Quadriceps\n        correct: true"));
        assertError(result, "question-bank/questions/anatomy.yaml:8", "exactly one correct option, this one has 2");
    }

    @Test
    void multipleWithOneKey() {
        BankValidation result = validate(TestBank.valid(tmp).edit("questions/anatomy.yaml", "type: single",
                "type: multiple"));
        assertError(result, "question-bank/questions/anatomy.yaml:8", "at least two correct options");
    }

    @Test
    void trueFalseWithBothTrue() {
        BankValidation result = validate(TestBank.valid(tmp).edit("questions/strokes.yaml",
                "text: \"False\"\n        correct: false", "text: \"False\"\n        correct: true"));
        assertError(result, "question-bank/questions/strokes.yaml:8", "exactly one correct option, this one has 2");
    }

    @Test
    void singleWithTooFewOptions() {
        String two = TestBank.ANATOMY.substring(0, TestBank.ANATOMY.indexOf("      - id: c"))
                + TestBank.ANATOMY.substring(TestBank.ANATOMY.indexOf("    explanation:"));
        BankValidation result = validate(TestBank.valid(tmp).write("questions/anatomy.yaml", two));
        assertError(result, "question-bank/questions/anatomy.yaml:8", "at least 3 options");
    }

    @Test
    void optionWithoutRationale() {
        BankValidation result = validate(TestBank.valid(tmp).edit("questions/anatomy.yaml",
                "        rationale: These are thigh muscles.\n", ""));
        assertError(result, "question-bank/questions/anatomy.yaml:13", "rationale");
    }

    @Test
    void danglingCitationSource() {
        BankValidation result = validate(TestBank.valid(tmp).edit("questions/anatomy.yaml", "source: how-to",
                "source: how-too"));
        assertError(result, "question-bank/questions/anatomy.yaml:27", "unknown source 'how-too'");
    }

    @Test
    void danglingCitationSection() {
        BankValidation result = validate(TestBank.valid(tmp).edit("questions/anatomy.yaml",
                "section: Partner Massage Techniques", "section: Partner Techniques"));
        assertError(result, "question-bank/questions/anatomy.yaml:28", "has no section 'Partner Techniques'");
    }

    @Test
    void unknownTopic() {
        BankValidation result = validate(TestBank.valid(tmp).write("questions/anatomi.yaml",
                TestBank.ANATOMY.replace("topic: anatomy", "topic: anatomi").replace("anatomy-001", "anatomi-001")
                        .replace("Which muscle", "What muscle")));
        assertError(result, "question-bank/questions/anatomi.yaml:1", "unknown topic 'anatomi'");
    }

    @Test
    void fileNameMustMatchTopic() {
        BankValidation result = validate(TestBank.valid(tmp).edit("questions/strokes.yaml", "topic: strokes",
                "topic: anatomy"));
        assertError(result, "question-bank/questions/strokes.yaml:1", "does not match the file name");
    }

    @Test
    void duplicateStem() {
        BankValidation result = validate(TestBank.valid(tmp).edit("questions/strokes.yaml",
                "stem: Effleurage uses long gliding strokes.", "stem: Which muscle lies between the shoulder blades?"));
        assertError(result, "question-bank/questions/strokes.yaml:7", "same stem is already used at "
                + "question-bank/questions/anatomy.yaml:7");
    }

    @Test
    void allOfTheAboveIsRejected() {
        BankValidation result = validate(TestBank.valid(tmp).edit("questions/anatomy.yaml", "text: Calf",
                "text: All of the above"));
        assertError(result, "question-bank/questions/anatomy.yaml:22", "all/none of the above");
    }

    @Test
    void unknownFieldIsNamed() {
        BankValidation result = validate(TestBank.valid(tmp).edit("questions/anatomy.yaml", "    difficulty: 1",
                "    difficulty: 1\n    dificulty: 2"));
        assertError(result, "question-bank/questions/anatomy.yaml:6", "dificulty");
    }

    @Test
    void wrongTypeNamesTheField() {
        BankValidation result = validate(TestBank.valid(tmp).edit("questions/anatomy.yaml", "type: single",
                "type: essay"));
        assertError(result, "question-bank/questions/anatomy.yaml:4", "type");
    }

    @Test
    void hugeNumberIsRejectedNotOverflowed() {
        BankValidation result = validate(TestBank.valid(tmp).edit("questions/anatomy.yaml", "difficulty: 1",
                "difficulty: 99999999999999999999999999999"));
        assertError(result, "question-bank/questions/anatomy.yaml:5", "difficulty");
    }

    @Test
    void weightsMustAddUpTo100() {
        BankValidation result = validate(TestBank.valid(tmp).edit("topics.yaml", "weight: 40", "weight: 30"));
        assertError(result, "question-bank/topics.yaml:1", "add up to 90");
    }

    @Test
    void duplicateTopicId() {
        BankValidation result = validate(TestBank.valid(tmp).edit("topics.yaml", "id: strokes", "id: anatomy"));
        assertError(result, "question-bank/topics.yaml:7", "'anatomy' is used twice");
    }

    @Test
    void syntaxErrorNamesTheLine() {
        BankValidation result = validate(TestBank.valid(tmp).edit("questions/anatomy.yaml",
                "stem: Which muscle lies between the shoulder blades?", "stem: [unclosed"));
        assertThat(result.errors()).as(result.report()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("question-bank/questions/anatomy.yaml");
            assertThat(p.line()).isBetween(6, 8);
            assertThat(p.message()).startsWith("YAML syntax");
        });
    }

    /** Issue #14: a missing ':' on line 7 was reported at line 8, then "topic has no question file yet". */
    @Test
    void syntaxErrorNamesTheBrokenLineAndNothingElse() {
        BankValidation result = validate(TestBank.valid(tmp).edit("questions/anatomy.yaml",
                "stem: Which muscle lies", "stem Which muscle lies"));
        assertThat(result.problems()).as(result.report()).singleElement().satisfies(p -> {
            assertThat(p.file() + ":" + p.line()).isEqualTo("question-bank/questions/anatomy.yaml:7");
            assertThat(p.message()).startsWith("YAML syntax: could not find expected ':'");
        });
    }

    @Test
    void unclosedQuoteNamesTheLineWhereItOpens() {
        BankValidation result = validate(TestBank.valid(tmp).edit("questions/strokes.yaml",
                "stem: Effleurage uses", "stem: \"Effleurage uses"));
        assertThat(result.problems()).as(result.report()).singleElement().satisfies(p -> {
            assertThat(p.file() + ":" + p.line()).isEqualTo("question-bank/questions/strokes.yaml:7");
            assertThat(p.message()).contains("quoted text", "runs on to line 9");
        });
    }

    @Test
    void itemWritingWarningsNameFileAndLineApartFromFormatProblems() {
        BankValidation result = validate(TestBank.valid(tmp).edit("questions/anatomy.yaml",
                "stem: Which muscle lies between the shoulder blades?",
                "stem: Which muscle does not lie between the shoulder blades?"));
        assertThat(result.isValid()).isTrue();
        assertThat(result.problems()).isEmpty();
        assertThat(result.lint()).extracting(BankProblem::toString).containsExactly(
                "question-bank/questions/anatomy.yaml:10: warning: the key is 1.35× as long as the mean distractor "
                        + "(9 vs 7 characters), so a test-wise student picks it; shorten the key or lengthen the "
                        + "distractors, or state why in keyLengthReason [long-key]",
                "question-bank/questions/anatomy.yaml:7: warning: negative question: write \"not\" as \"NOT\" (the "
                        + "bank's emphasis for negative stems) or ask the question the positive way [negative-stem]");
        assertThat(result.lintResult().orElseThrow().measurements()).extracting(Measurement::id)
                .contains("negative-stems", "long-keys", "test-wise-gain");
    }

    @Test
    void keyLengthReasonIsPartOfTheFormatAndSilencesTheLongKeyWarning() {
        BankValidation result = validate(TestBank.valid(tmp).edit("questions/anatomy.yaml",
                "    options:", "    keyLengthReason: Muscle names differ in length; the key is one word.\n    options:"));
        assertThat(result.problems()).as(result.report()).isEmpty();
        assertThat(result.lint()).isEmpty();
        assertThat(result.bank().orElseThrow().questions().get(0).keyLengthReason()).startsWith("Muscle names");
    }

    @Test
    void duplicateKeyIsRejected() {
        BankValidation result = validate(TestBank.valid(tmp).edit("questions/anatomy.yaml", "    difficulty: 1",
                "    difficulty: 1\n    difficulty: 2"));
        assertError(result, "question-bank/questions/anatomy.yaml:6", "appears twice");
    }

    @Test
    void aliasesAreRejected() {
        BankValidation result = validate(TestBank.valid(tmp).edit("questions/anatomy.yaml",
                "rationale: They connect the spine to the shoulder blades.", "rationale: &r They connect.")
                .edit("questions/anatomy.yaml", "rationale: These are thigh muscles.", "rationale: *r"));
        assertThat(result.isValid()).isFalse();
        assertThat(result.report()).contains("anchors and aliases");
    }

    @Test
    void aliasBombIsRejectedQuickly() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append(",*").append(p).append("]\n");
        }
        BankValidation result = validate(TestBank.valid(tmp).write("questions/anatomy.yaml", bomb.toString()));
        assertThat(result.isValid()).isFalse();
        assertThat(result.errors()).anySatisfy(p -> assertThat(p.file()).endsWith("anatomy.yaml"));
    }

    @Test
    void deeplyNestedYamlIsRejected() {
        String nested = "topic: anatomy\nquestions: " + "[".repeat(500) + "]".repeat(500) + "\n";
        BankValidation result = validate(TestBank.valid(tmp).write("questions/anatomy.yaml", nested));
        assertThat(result.isValid()).isFalse();
        assertThat(result.errors()).anySatisfy(p -> assertThat(p.file()).endsWith("anatomy.yaml"));
    }

    @Test
    void oversizedFileIsRejected() {
        String line = "topic: anatomy\nquestions: \"" + "x".repeat(YamlDocument.MAX_BYTES + 10) + "\"\n";
        BankValidation result = validate(TestBank.valid(tmp).write("questions/anatomy.yaml", line));
        assertError(result, "question-bank/questions/anatomy.yaml:1", "may be at most");
    }

    @Test
    void controlCharacterIsNamed() {
        BankValidation result = validate(TestBank.valid(tmp).edit("questions/anatomy.yaml", "text: Biceps",
                "text: Bi\u0007ceps"));
        assertError(result, "question-bank/questions/anatomy.yaml:18", "control character U+0007");
    }

    @Test
    void missingBankFolder() {
        BankValidation result = validator.validate(tmp.resolve("nowhere"));
        assertThat(result.isValid()).isFalse();
        assertThat(result.report()).contains("bank folder not found");
    }
}
