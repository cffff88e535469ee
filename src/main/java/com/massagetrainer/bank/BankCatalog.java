package com.massagetrainer.bank;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Read access to the imported bank for the rest of the app. */
@Service
@Transactional(readOnly = true)
public class BankCatalog {

    private final TopicRepository topics;
    private final QuestionRepository questions;

    BankCatalog(TopicRepository topics, QuestionRepository questions) {
        this.topics = topics;
        this.questions = questions;
    }

    public List<TopicSummary> topicSummaries() {
        return topics.summaries();
    }

    public long activeQuestionCount() {
        return questions.countByActiveTrue();
    }
}
