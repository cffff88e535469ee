package com.massagetrainer.bank;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings the database in line with a validated bank, all or nothing and idempotently: unchanged questions are
 * left alone, a changed question gets a new version, a question no longer in the files is retired (never
 * deleted, since answers point at its versions).
 */
@Service
public class BankImportService {

    private final TopicRepository topics;
    private final QuestionRepository questions;
    private final QuestionVersionRepository versions;
    private final SourceArticleRepository sources;
    private final Clock clock;
    private final BankCatalog catalog;
    private final CaseSetRepository cases;
    private final CaseSetVersionRepository caseVersions;

    BankImportService(TopicRepository topics, QuestionRepository questions, QuestionVersionRepository versions,
                      SourceArticleRepository sources, Clock clock, BankCatalog catalog, CaseSetRepository cases,
                      CaseSetVersionRepository caseVersions) {
        this.cases = cases;
        this.caseVersions = caseVersions;
        this.catalog = catalog;
        this.sources = sources;
        this.topics = topics;
        this.questions = questions;
        this.versions = versions;
        this.clock = clock;
    }

    @Transactional
    public BankImport importBank(QuestionBank bank) {
        Instant now = clock.instant();
        // Whether the import commits or rolls back, the catalog reads topic names afresh afterwards.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                catalog.forgetTopicNames();
                catalog.forgetCaseLinks();
            }
        });
        Set<String> topicIds = new HashSet<>();
        List<TopicDefinition> definitions = bank.topics();
        for (int i = 0; i < definitions.size(); i++) {
            TopicDefinition definition = definitions.get(i);
            Topic topic = topics.findById(definition.id()).orElseGet(() -> new Topic(definition.id()));
            topic.update(definition, i);
            topics.save(topic);
            topicIds.add(definition.id());
        }
        topics.findAll().stream().filter(t -> !topicIds.contains(t.getId())).forEach(Topic::retire);
        for (SourceArticle article : bank.sources()) {
            SourceArticleRecord record = sources.findById(article.id())
                    .orElseGet(() -> new SourceArticleRecord(article.id(), article.title()));
            record.setTitle(article.title());
            sources.save(record);
        }

        importCases(bank, now);
        Map<String, CaseSet> caseOf = bank.caseOfQuestion();

        Map<String, Question> existing = new HashMap<>();
        questions.findAll().forEach(q -> existing.put(q.getId(), q));
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        Set<String> seen = new HashSet<>();
        for (QuestionContent content : bank.questions()) {
            seen.add(content.id());
            String json = QuestionContentJson.write(content);
            String hash = QuestionContentJson.hash(json);
            Question question = existing.get(content.id());
            if (question == null) {
                question = questions.save(new Question(content.id(), content.topic()));
                existing.put(content.id(), question);
                versions.save(new QuestionVersion(content.id(), 1, hash, content, json, now));
                question.point(content.topic(), 1);
                added++;
                continue;
            }
            QuestionVersion current = versions.findByQuestionIdAndVersion(question.getId(), question.getCurrentVersion())
                    .orElseThrow();
            if (current.getContentHash().equals(hash)) {
                if (!question.isActive() || !question.getTopicId().equals(content.topic())) {
                    question.point(content.topic(), question.getCurrentVersion());
                }
                unchanged++;
            } else {
                int next = (int) versions.countByQuestionId(question.getId()) + 1;
                versions.save(new QuestionVersion(question.getId(), next, hash, content, json, now));
                question.point(content.topic(), next);
                changed++;
            }
        }
        for (QuestionContent content : bank.questions()) {
            CaseSet set = caseOf.get(content.id());
            existing.get(content.id()).link(set == null ? null : set.id(), set == null ? null : set.questionIds().indexOf(content.id()) + 1);
        }
        int retired = 0;
        for (Question question : existing.values()) {
            if (!seen.contains(question.getId()) && question.isActive()) {
                question.retire();
                retired++;
            }
        }
        return new BankImport(added, changed, unchanged, retired);
    }

    /** Cases as questions: a new case gets version 1, a changed one a new version, a vanished one is retired. */
    private void importCases(QuestionBank bank, Instant now) {
        Set<String> seen = new HashSet<>();
        for (CaseSet set : bank.cases()) {
            seen.add(set.id());
            String ids = QuestionContentJson.writeIds(set.questionIds());
            String hash = QuestionContentJson.hash(set.title() + "\n" + set.scenario() + "\n" + ids);
            CaseSetRecord record = cases.findById(set.id()).orElse(null);
            if (record == null) {
                record = cases.save(new CaseSetRecord(set.id()));
                caseVersions.save(new CaseSetVersion(set.id(), 1, hash, set.title(), set.scenario(), ids, now));
                record.point(1);
                continue;
            }
            CaseSetVersion current = caseVersions.findByCaseIdAndVersion(set.id(), record.getCurrentVersion())
                    .orElseThrow();
            if (!current.getContentHash().equals(hash)) {
                int next = (int) caseVersions.countByCaseId(set.id()) + 1;
                caseVersions.save(new CaseSetVersion(set.id(), next, hash, set.title(), set.scenario(), ids, now));
                record.point(next);
            } else if (!record.isActive()) {
                record.point(record.getCurrentVersion());
            }
        }
        cases.findAll().stream().filter(c -> c.isActive() && !seen.contains(c.getId())).forEach(CaseSetRecord::retire);
        // Case rows must exist before questions point at them.
        cases.flush();
    }
}
