package com.massagetrainer.bank.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The source articles as word sequences (spelling folded), indexed by every run of
 * {@link BankGoals#COPY_RUN_WARN} words, so the copy check finds the longest run a bank text shares with an article.
 * Runs inside an article's title are not counted: a question may name the article it cites.
 */
public final class ArticleCorpus {

    private final Map<String, List<String>> articles = new LinkedHashMap<>();
    private final Map<String, List<Position>> index = new HashMap<>();
    private final Set<String> titleRuns = new HashSet<>();

    /** A run found in an article: its length in words, the article's name, and the words. */
    public record Match(int length, String article, String words) {
    }

    private record Position(String article, int start) {
    }

    /**
     * @param articles article name (its file name) → full text
     * @param titles   titles of the articles; runs inside them are allowed
     */
    public ArticleCorpus(Map<String, String> articles, List<String> titles) {
        int n = BankGoals.COPY_RUN_WARN;
        articles.forEach((name, text) -> {
            List<String> words = Wording.words(text);
            this.articles.put(name, words);
            for (int i = 0; i + n <= words.size(); i++) {
                index.computeIfAbsent(key(words, i, n), k -> new ArrayList<>()).add(new Position(name, i));
            }
        });
        for (String title : titles) {
            List<String> words = Wording.words(title);
            for (int i = 0; i + n <= words.size(); i++) {
                titleRuns.add(key(words, i, n));
            }
        }
    }

    public boolean isEmpty() {
        return articles.isEmpty();
    }

    /**
     * The longest run of at least {@link BankGoals#COPY_RUN_WARN} words that the text shares with an article, or
     * null. The text is split at sentence punctuation first, so a run never spans two of the bank's sentences.
     */
    public Match longestRun(String text) {
        Match best = null;
        int n = BankGoals.COPY_RUN_WARN;
        for (String sentence : text.split("[.;:!?\"“”()]")) {
            List<String> words = Wording.words(sentence);
            for (int i = 0; i + n <= words.size(); i++) {
                String key = key(words, i, n);
                if (titleRuns.contains(key)) {
                    continue;
                }
                for (Position p : index.getOrDefault(key, List.of())) {
                    List<String> article = articles.get(p.article());
                    int length = n;
                    while (i + length < words.size() && p.start() + length < article.size()
                            && words.get(i + length).equals(article.get(p.start() + length))) {
                        length++;
                    }
                    if (best == null || length > best.length()) {
                        best = new Match(length, p.article(), String.join(" ", words.subList(i, i + length)));
                    }
                }
            }
        }
        return best;
    }

    private static String key(List<String> words, int from, int n) {
        return String.join(" ", words.subList(from, from + n));
    }
}
