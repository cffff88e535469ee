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

    BankCatalog(TopicRepository topics, QuestionRepository questions, QuestionVersionRepository versions,
                SourceArticleRepository sources) {
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

    void forgetTopicNames() {
        topicNames = null;
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
