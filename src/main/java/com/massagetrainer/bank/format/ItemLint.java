package com.massagetrainer.bank.format;

import com.massagetrainer.bank.QuestionContent;
import com.massagetrainer.bank.SourceArticle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The item-writing rules, run on one question at a time: long keys ({@link KeyLengthRule}), negative stems without
 * emphasis ({@link NegativeStemRule}), give-away words in matching ({@link MatchingCueRule}) and, when the articles
 * are at hand, copied text ({@link CopyRule}). The file validator, the bank report and an authoring form call this.
 */
public final class ItemLint {

    private final List<ItemRule> rules;

    public ItemLint(List<ItemRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules that need nothing but the question. */
    public static ItemLint standard() {
        return new ItemLint(List.of(new KeyLengthRule(), new NegativeStemRule(), new MatchingCueRule()));
    }

    /** The standard rules plus the copy check against these articles. */
    public static ItemLint withArticles(ArticleCorpus corpus) {
        List<ItemRule> rules = new ArrayList<>(standard().rules);
        rules.add(new CopyRule(corpus));
        return new ItemLint(rules);
    }

    /**
     * Reads the articles named in sources.yaml ({@code file}) from a folder; empty when the folder or a file is
     * missing (the copy check is then skipped and the caller says so).
     */
    public static Optional<ArticleCorpus> readArticles(Path folder, List<SourceArticle> sources) {
        if (folder == null || !Files.isDirectory(folder)) {
            return Optional.empty();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        try {
            for (SourceArticle source : sources) {
                if (source.file() == null || !Files.isRegularFile(folder.resolve(source.file()))) {
                    return Optional.empty();
                }
                texts.put(source.file(), Files.readString(folder.resolve(source.file())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(new ArticleCorpus(texts, sources.stream().map(SourceArticle::title).toList()));
    }

    public boolean checksCopies() {
        return rules.stream().anyMatch(r -> r instanceof CopyRule);
    }

    public List<ItemFinding> check(QuestionContent question) {
        List<ItemFinding> findings = new ArrayList<>();
        for (ItemRule rule : rules) {
            findings.addAll(rule.check(question));
        }
        return findings;
    }
}
