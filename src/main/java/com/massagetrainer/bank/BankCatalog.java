package com.massagetrainer.bank;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Read access to the imported bank for the rest of the app. */
@Service
@Transactional(readOnly = true)
public class BankCatalog {

    private final TopicRepository topics;
    private final QuestionRepository questions;
    private final QuestionVersionRepository versions;
    private final SourceArticleRepository sources;
    // Versions never change once written, so their parsed content can be kept for the life of the app.
    private final Map<Long, QuestionContent> contentByVersion = new ConcurrentHashMap<>();
    // Topic names change only when the bank is imported (which forgets them); every answer shown needs one.
    private volatile Map<String, String> topicNames;
    private volatile Map<String, String> topicShortNames;
    // Case versions never change once written either; which version is current changes only with an import.
    private final Map<Long, CaseView> caseByVersion = new ConcurrentHashMap<>();
    private volatile Map<String, CaseLink> caseLinks;
    private final CaseSetRepository cases;
    private final CaseSetVersionRepository caseVersions;

    BankCatalog(TopicRepository topics, QuestionRepository questions, QuestionVersionRepository versions,
                SourceArticleRepository sources, CaseSetRepository cases, CaseSetVersionRepository caseVersions) {
        this.cases = cases;
        this.caseVersions = caseVersions;
        this.topics = topics;
        this.questions = questions;
        this.versions = versions;
        this.sources = sources;
    }

    /** The drawable questions of these topics at these difficulties (current versions of active questions). */
    public List<CurrentQuestion> currentQuestions(Collection<String> topicIds, Collection<Integer> difficulties) {
        if (topicIds.isEmpty() || difficulties.isEmpty()) {
            return List.of();
        }
        return versions.current(topicIds, difficulties);
    }

    /** The current versions of exactly these questions (retired ones included: a student may review them). */
    public List<CurrentQuestion> currentVersionsOf(Collection<String> questionIds) {
        return questionIds.isEmpty() ? List.of() : versions.currentOf(questionIds);
    }

    /** The content of one question version, exactly as the student saw it. */
    public QuestionContent content(long versionId) {
        QuestionContent cached = contentByVersion.get(versionId);
        if (cached != null) {
            return cached;
        }
        QuestionContent content = versions.findById(versionId).map(v -> QuestionContentJson.read(v.getContent()))
                .orElseThrow(() -> new IllegalArgumentException("no question version " + versionId));
        contentByVersion.put(versionId, content);
        return content;
    }

    /** Article titles by source id, for showing citations. */
    public Map<String, String> sourceTitles() {
        return sources.findAll().stream().collect(Collectors.toMap(SourceArticleRecord::getId,
                SourceArticleRecord::getTitle));
    }

    /** The name of every topic by id, retired ones included (old attempts still show them). */
    public Map<String, String> topicNames() {
        Map<String, String> names = topicNames;
        if (names == null) {
            names = topics.findAll().stream().collect(Collectors.toUnmodifiableMap(Topic::getId, Topic::getName));
            topicNames = names;
        }
        return names;
    }

    /** The short label of every topic by id (for tight spaces such as matrix headers). */
    public Map<String, String> topicShortNames() {
        Map<String, String> names = topicShortNames;
        if (names == null) {
            names = topics.findAll().stream().collect(Collectors.toUnmodifiableMap(Topic::getId, Topic::getShortName));
            topicShortNames = names;
        }
        return names;
    }

    void forgetTopicNames() {
        topicNames = null;
        topicShortNames = null;
    }

    /** For every question of a case drawn today: its case, the case's current version and its place in the case. */
    public Map<String, CaseLink> caseLinks() {
        Map<String, CaseLink> links = caseLinks;
        if (links == null) {
            Map<String, CaseLink> built = new java.util.HashMap<>();
            for (CaseSetVersion v : cases.currentVersions()) {
                List<String> ids = QuestionContentJson.readIds(v.getQuestionIds());
                for (int i = 0; i < ids.size(); i++) {
                    built.put(ids.get(i), new CaseLink(v.getCaseId(), v.getId(), i + 1, ids.size()));
                }
            }
            links = Map.copyOf(built);
            caseLinks = links;
        }
        return links;
    }

    void forgetCaseLinks() {
        caseLinks = null;
    }

    /** One version of a case, exactly as the student saw it. */
    public CaseView caseVersion(long versionId) {
        CaseView cached = caseByVersion.get(versionId);
        if (cached != null) {
            return cached;
        }
        CaseView view = caseVersions.findById(versionId)
                .map(v -> new CaseView(v.getId(), v.getCaseId(), v.getTitle(), v.getScenario(),
                        QuestionContentJson.readIds(v.getQuestionIds())))
                .orElseThrow(() -> new IllegalArgumentException("no case version " + versionId));
        caseByVersion.put(versionId, view);
        return view;
    }

    /** Active topics in bank order. */
    public List<Topic> topics() {
        return topics.findByActiveTrueOrderByPosition();
    }

    public List<TopicSummary> topicSummaries() {
        return topics.summaries();
    }

    public long activeQuestionCount() {
        return questions.countByActiveTrue();
    }
}
