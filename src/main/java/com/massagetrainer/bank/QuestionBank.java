package com.massagetrainer.bank;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The whole validated bank: topics in their authored order, sources, and every question. */
public record QuestionBank(List<TopicDefinition> topics, List<SourceArticle> sources, List<QuestionContent> questions) {

    public QuestionBank {
        topics = List.copyOf(topics);
        sources = List.copyOf(sources);
        questions = List.copyOf(questions);
    }

    public Optional<SourceArticle> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Map<String, SourceArticle> sourcesById() {
        return sources.stream().collect(Collectors.toMap(SourceArticle::id, Function.identity()));
    }
}
