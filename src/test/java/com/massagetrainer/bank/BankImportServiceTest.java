package com.massagetrainer.bank;

import com.massagetrainer.bank.format.BankValidation;
import com.massagetrainer.bank.format.BankValidator;
import com.massagetrainer.bank.format.TestBank;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The loader against a real (in-memory) database with the Flyway schema; each test starts from empty tables. */
@DataJpaTest
@Import({BankImportService.class, BankCatalog.class, BankImportServiceTest.FixedClock.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class BankImportServiceTest {

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC);
        }
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
        jdbc.update("delete from topic");
        jdbc.update("delete from source_article");
    }

    private QuestionBank bank(TestBank files) {
        BankValidation validation = new BankValidator().validate(files.dir());
        assertThat(validation.errors()).as(validation.report()).isEmpty();
        return validation.bank().orElseThrow();
    }

    private List<Map<String, Object>> snapshot() {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.addAll(jdbc.queryForList("select * from topic order by id"));
        rows.addAll(jdbc.queryForList("select * from question order by id"));
        rows.addAll(jdbc.queryForList("select id, question_id, version, content_hash from question_version order by id"));
        return rows;
    }

    @Test
    void firstImportAddsTopicsQuestionsAndFirstVersions() {
        BankImport result = importer.importBank(bank(TestBank.valid(tmp)));
        assertThat(result).isEqualTo(new BankImport(2, 0, 0, 0));
        assertThat(catalog.topicSummaries()).extracting(TopicSummary::id, TopicSummary::questionCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("anatomy", 1L),
                        org.assertj.core.groups.Tuple.tuple("strokes", 1L));
        assertThat(jdbc.queryForObject("select count(*) from question_version", Integer.class)).isEqualTo(2);
    }

    @Test
    void reloadingTheSameBankChangesNothing() {
        QuestionBank bank = bank(TestBank.valid(tmp));
        importer.importBank(bank);
        List<Map<String, Object>> before = snapshot();
        assertThat(importer.importBank(bank)).isEqualTo(new BankImport(0, 0, 2, 0));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void changedQuestionGetsANewVersionAndTheOldOneIsKept() {
        TestBank files = TestBank.valid(tmp);
        importer.importBank(bank(files));
        long firstVersionId = jdbc.queryForObject(
                "select id from question_version where question_id = 'anatomy-001'", Long.class);

        files.edit("questions/anatomy.yaml", "Which muscle lies between", "Which muscle group lies between");
        assertThat(importer.importBank(bank(files))).isEqualTo(new BankImport(0, 1, 1, 0));

        assertThat(jdbc.queryForObject("select current_version from question where id = 'anatomy-001'", Integer.class))
                .isEqualTo(2);
        String old = jdbc.queryForObject("select content from question_version where id = ?", String.class,
                firstVersionId);
        assertThat(QuestionContentJson.read(old).stem()).isEqualTo("Which muscle lies between the shoulder blades?");
        String current = jdbc.queryForObject(
                "select content from question_version where question_id = 'anatomy-001' and version = 2", String.class);
        assertThat(QuestionContentJson.read(current).stem()).startsWith("Which muscle group");
    }

    @Test
    void aSamePointDeclarationIsStoredWithTheDeclaringQuestionsNewVersionOnly() {
        TestBank files = TestBank.valid(tmp);
        importer.importBank(bank(files));
        files.edit("questions/strokes.yaml", "  - id: strokes-001\n", "  - id: strokes-001\n    samePointAs: [anatomy-001]\n");
        assertThat(importer.importBank(bank(files))).isEqualTo(new BankImport(0, 1, 1, 0));
        String current = jdbc.queryForObject(
                "select content from question_version where question_id = 'strokes-001' and version = 2", String.class);
        assertThat(QuestionContentJson.read(current).samePointAs()).containsExactly("anatomy-001");
        long strokesVersion = jdbc.queryForObject(
                "select id from question_version where question_id = 'strokes-001' and version = 2", Long.class);
        assertThat(catalog.content(strokesVersion).samePointAs()).containsExactly("anatomy-001");
        // The other question's stored JSON has no empty samePointAs, so its hash and version stay as they were.
        assertThat(jdbc.queryForObject("select current_version from question where id = 'anatomy-001'", Integer.class))
                .isEqualTo(1);
        assertThat(importer.importBank(bank(files))).isEqualTo(new BankImport(0, 0, 2, 0));
    }

    @Test
    void renamedTopicShowsItsNewNameAfterTheImport() {
        TestBank files = TestBank.valid(tmp);
        importer.importBank(bank(files));
        assertThat(catalog.topicNames()).containsEntry("anatomy", "Upper-back anatomy");
        files.edit("topics.yaml", "name: Upper-back anatomy", "name: Anatomy of the upper back");
        importer.importBank(bank(files));
        assertThat(catalog.topicNames()).containsEntry("anatomy", "Anatomy of the upper back");
    }

    @Test
    void questionRemovedFromTheFilesIsRetiredNotDeleted() {
        TestBank files = TestBank.valid(tmp);
        importer.importBank(bank(files));
        files.edit("questions/strokes.yaml", "id: strokes-001", "id: strokes-002");
        assertThat(importer.importBank(bank(files))).isEqualTo(new BankImport(1, 0, 1, 1));
        assertThat(jdbc.queryForObject("select active from question where id = 'strokes-001'", Boolean.class)).isFalse();
        assertThat(catalog.activeQuestionCount()).isEqualTo(2);
    }

    @Test
    void badFileLeavesTheDatabaseUnchanged() {
        TestBank files = TestBank.valid(tmp);
        importer.importBank(bank(files));
        List<Map<String, Object>> before = snapshot();

        files.edit("questions/anatomy.yaml", "Which muscle lies between", "Which muscle group lies between")
                .write("questions/strokes.yaml", "topic: strokes\nquestions: oops\n");
        BankStartup startup = new BankStartup(importer, files.dir().toString());
        assertThatThrownBy(startup::prepare)
                .isInstanceOf(BankInvalidException.class)
                .hasMessageContaining("question-bank/questions/strokes.yaml:2");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void failureHalfwayThroughRollsBackTheWholeImport() {
        QuestionBank good = bank(TestBank.valid(tmp));
        importer.importBank(good);
        List<Map<String, Object>> before = snapshot();

        QuestionContent changed = good.questions().get(0);
        changed = new QuestionContent(changed.id(), changed.topic(), changed.type(), null, changed.difficulty(),
                changed.cognitive(), "A changed stem", changed.options(), null, null, changed.explanation(),
                changed.citations(), null);
        QuestionContent orphan = good.questions().get(1).withTopic("no-such-topic");
        QuestionContent newOrphan = new QuestionContent("orphan-001", "no-such-topic", orphan.type(), null, 1,
                orphan.cognitive(), "Orphan", orphan.options(), null, null, "x", orphan.citations(), null);
        QuestionBank broken = new QuestionBank(good.topics(), good.sources(), List.of(changed, newOrphan));
        assertThatThrownBy(() -> importer.importBank(broken)).isInstanceOf(RuntimeException.class);
        assertThat(snapshot()).isEqualTo(before);
    }
}
