package com.massagetrainer.bank;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole validated bank: topics in their authored order, sources, every question (case questions included, each
 * in its topic) and the case sets that link some of them.
 */
public record QuestionBank(List<TopicDefinition> topics, List<SourceArticle> sources, List<QuestionContent> questions,
                           List<CaseSet> cases) {

    public QuestionBank {
        topics = List.copyOf(topics);
        sources = List.copyOf(sources);
        questions = List.copyOf(questions);
        cases = cases == null ? List.of() : List.copyOf(cases);
    }

    /** A bank without case sets. */
    public QuestionBank(List<TopicDefinition> topics, List<SourceArticle> sources, List<QuestionContent> questions) {
        this(topics, sources, questions, List.of());
    }

    public Optional<SourceArticle> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Map<String, SourceArticle> sourcesById() {
        return sources.stream().collect(Collectors.toMap(SourceArticle::id, Function.identity()));
    }

    /** The case each linked question belongs to, by question id. */
    public Map<String, CaseSet> caseOfQuestion() {
        Map<String, CaseSet> byQuestion = new java.util.HashMap<>();
        cases.forEach(c -> c.questionIds().forEach(q -> byQuestion.put(q, c)));
        return byQuestion;
    }
}
