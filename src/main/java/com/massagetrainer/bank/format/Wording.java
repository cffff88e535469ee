package com.massagetrainer.bank.format;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.EnglishStemmer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the linter reads words, in one place for every rule and for the test-wise strategy: spelling folded
 * ({@link SpellingVariants}), plain word runs for the copy check, content-word stems (Snowball English stop-words
 * removed, Snowball/Porter2 stemming, both from Lucene) for shared-word cues, and the absolute words a test-wise
 * student avoids.
 */
public final class Wording {

    /**
     * Absolute words ("specific determiners"): test-wise students learn that options carrying them are usually
     * wrong. The bank keeps them in proportion between keys and distractors.
     */
    public static final Set<String> ABSOLUTE_WORDS = Set.of("always", "never", "all", "none", "every", "everyone",
            "everything", "everybody", "nothing", "nobody", "only", "must", "completely", "entirely", "totally",
            "absolutely", "guaranteed", "guarantees", "forever", "invariably", "solely", "exclusively", "impossible",
            "certainly", "definitely");

    private static final Pattern PLAIN_WORD = Pattern.compile("[a-z0-9]+(?:'[a-z]+)?");
    private static final CharArraySet STOP_WORDS = loadStopWords();
    private static final Analyzer CONTENT = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, STOP_WORDS);
            stream = new SnowballFilter(stream, new EnglishStemmer());
            return new TokenStreamComponents(source, stream);
        }
    };

    private Wording() {
    }

    /** The words of a text, lower case, spelling folded, punctuation dropped ("isn't" stays one word). */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = PLAIN_WORD.matcher(SpellingVariants.fold(text).replace('’', '\''));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** The content words of a text as stems: stop-words removed, spelling folded, so fibres, fiber and fibre agree. */
    public static Set<String> stems(String text) {
        Set<String> stems = new LinkedHashSet<>();
        try (TokenStream stream = CONTENT.tokenStream("text", SpellingVariants.fold(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                stems.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String cannot fail
        }
        return stems;
    }

    /** The absolute words a text uses, in order of appearance. */
    public static Set<String> absoluteWords(String text) {
        Set<String> found = new LinkedHashSet<>();
        for (String w : words(text)) {
            if (ABSOLUTE_WORDS.contains(w)) {
                found.add(w);
            }
        }
        return found;
    }

    public static boolean hasAbsoluteWord(String text) {
        return !absoluteWords(text).isEmpty();
    }

    /** Length of a text as a student sees it: characters with runs of white space counted once. */
    public static int length(String text) {
        return text == null ? 0 : text.strip().replaceAll("\\s+", " ").length();
    }

    private static CharArraySet loadStopWords() {
        try (InputStream in = SnowballFilter.class.getResourceAsStream("english_stop.txt")) {
            if (in == null) {
                throw new IllegalStateException("Lucene's english_stop.txt is not on the classpath");
            }
            return WordlistLoader.getSnowballWordSet(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
