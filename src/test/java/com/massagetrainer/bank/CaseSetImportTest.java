package com.massagetrainer.bank;

import com.massagetrainer.bank.format.BankValidation;
import com.massagetrainer.bank.format.BankValidator;
import com.massagetrainer.bank.format.TestBank;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Importing case sets: stored with their versions, linked questions carry case and place, a vanished case retires. */
@DataJpaTest
@Import({BankImportService.class, BankCatalog.class, BankImportServiceTest.FixedClock.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class CaseSetImportTest {

    private static final String CASE = """
            id: case-desk
            title: Desk worker
            scenario: Ana works at a desk all day.
            questions:
            """ + question(1) + question(2) + question(3);

    private static String question(int n) {
        return """
                  - id: case-desk-N
                    topic: strokes
                    type: true_false
                    difficulty: 2
                    cognitive: recall
                    stem: Statement N about her session.
                    options:
                      - id: "true"
                        text: "True"
                        correct: true
                        rationale: Right.
                      - id: "false"
                        text: "False"
                        correct: false
                        rationale: Wrong.
                    explanation: Why.
                    citations:
                      - source: how-to
                        section: Partner Massage Techniques
                """.replace("N", String.valueOf(n));
    }

    @TempDir
    Path tmp;

    @Autowired
    BankImportService importer;
    @Autowired
    BankCatalog catalog;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyTables() {
        jdbc.update("delete from question_version");
        jdbc.update("delete from question");
        jdbc.update("delete from case_set_version");
        jdbc.update("delete from case_set");
        jdbc.update("delete from topic");
        jdbc.update("delete from source_article");
    }

    private QuestionBank bank(TestBank files) {
        BankValidation validation = new BankValidator().validate(files.dir());
        assertThat(validation.errors()).as(validation.report()).isEmpty();
        return validation.bank().orElseThrow();
    }

    @Test
    void caseIsStoredAndItsQuestionsCarryCaseAndPlace() {
        importer.importBank(bank(TestBank.valid(tmp).write("cases/case-desk.yaml", CASE)));
        assertThat(jdbc.queryForList("select id, case_id, case_position from question where case_id is not null order by id"))
                .extracting(r -> r.get("ID") + "@" + r.get("CASE_POSITION"))
                .containsExactly("case-desk-1@1", "case-desk-2@2", "case-desk-3@3");
        Map<String, CaseLink> links = catalog.caseLinks();
        assertThat(links.get("case-desk-2")).satisfies(l -> {
            assertThat(l.caseId()).isEqualTo("case-desk");
            assertThat(l.position()).isEqualTo(2);
            assertThat(l.size()).isEqualTo(3);
        });
        CaseView view = catalog.caseVersion(links.get("case-desk-1").caseVersionId());
        assertThat(view.title()).isEqualTo("Desk worker");
        assertThat(view.questionIds()).containsExactly("case-desk-1", "case-desk-2", "case-desk-3");
        // The stand-alone questions are not in any case.
        assertThat(links).doesNotContainKey("anatomy-001");
    }

    @Test
    void reimportingTheSameCaseChangesNothingAndAChangedScenarioIsANewVersion() {
        TestBank files = TestBank.valid(tmp).write("cases/case-desk.yaml", CASE);
        importer.importBank(bank(files));
        long first = catalog.caseLinks().get("case-desk-1").caseVersionId();
        List<Map<String, Object>> before = jdbc.queryForList("select * from case_set_version order by id");
        importer.importBank(bank(files));
        assertThat(jdbc.queryForList("select * from case_set_version order by id")).isEqualTo(before);

        files.edit("cases/case-desk.yaml", "Ana works at a desk all day.", "Ana works at a desk all day and sleeps badly.");
        importer.importBank(bank(files));
        long second = catalog.caseLinks().get("case-desk-1").caseVersionId();
        assertThat(second).isNotEqualTo(first);
        assertThat(catalog.caseVersion(first).scenario()).isEqualTo("Ana works at a desk all day.");
        assertThat(catalog.caseVersion(second).scenario()).endsWith("sleeps badly.");
        assertThat(jdbc.queryForObject("select current_version from case_set where id = 'case-desk'", Integer.class))
                .isEqualTo(2);
        // The questions themselves did not change, so they keep their version.
        assertThat(jdbc.queryForObject("select max(current_version) from question where case_id = 'case-desk'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void aCaseRemovedFromTheFilesIsRetiredWithItsQuestions() {
        TestBank files = TestBank.valid(tmp).write("cases/case-desk.yaml", CASE);
        importer.importBank(bank(files));
        files.write("cases/case-desk.yaml", "").dir().resolve("cases/case-desk.yaml").toFile().delete();
        BankImport result = importer.importBank(bank(files));
        assertThat(result.retired()).isEqualTo(3);
        assertThat(jdbc.queryForObject("select active from case_set where id = 'case-desk'", Boolean.class)).isFalse();
        assertThat(catalog.caseLinks()).isEmpty();
    }
}
