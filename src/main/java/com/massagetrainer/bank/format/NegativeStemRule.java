package com.massagetrainer.bank.format;

import com.massagetrainer.bank.QuestionContent;
import com.massagetrainer.bank.QuestionType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A negative question (which one is NOT, EXCEPT, LEAST, which part GOES AGAINST, which statement is FALSE) must
 * show its negative word in capitals, the bank's emphasis convention (texts are shown as plain text, so capitals
 * are the only emphasis there is): students who skim miss a lower-case "not". Only the question itself is read:
 * the last sentence of the stem that asks something, not the case details before it. True/false stems are
 * statements and are not questions. "Can and cannot", "does and does not" ask for both sides and are not negative.
 */
public final class NegativeStemRule implements ItemRule {

    public static final String CODE = "negative-stem";

    private static final Pattern NEGATIVE = Pattern.compile(
            "\\b(?:is|are|was|were|do|does|did|should|would|could|can|will|has|have|must|may|might)\\s+(not)\\b"
                    + "|\\b([a-z]+n't)\\b|\\b(cannot)\\b|\\b(except)\\b|(?<!\\bat )\\b(least)\\b"
                    + "|\\b(goes against|go against|contradicts?)\\b|\\b(false|incorrect|untrue|inaccurate)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "can and cannot", "does or does not": both sides are asked for. */
    private static final Pattern BOTH_SIDES = Pattern.compile("\\b(\\w+)\\s+(?:and|or)\\s+(?:\\1\\s*not|\\1n't)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<ItemFinding> check(QuestionContent q) {
        if (q.type() == QuestionType.TRUE_FALSE || q.stem() == null) {
            return List.of();
        }
        String question = BOTH_SIDES.matcher(questionSentence(q.stem())).replaceAll(" ");
        List<ItemFinding> findings = new ArrayList<>();
        Matcher m = NEGATIVE.matcher(question);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                String word = m.group(g);
                if (word == null) {
                    continue;
                }
                if (word.toLowerCase(Locale.ROOT).endsWith("n't")) {
                    findings.add(new ItemFinding(CODE, "stem", "negative question with \"" + word + "\"; write the "
                            + "negative out in capitals (e.g. \"does NOT\") or ask the question the positive way"));
                } else if (!word.equals(word.toUpperCase(Locale.ROOT))) {
                    findings.add(new ItemFinding(CODE, "stem", "negative question: write \"" + word
                            + "\" as \"" + word.toUpperCase(Locale.ROOT) + "\" (the bank's emphasis for negative stems) "
                            + "or ask the question the positive way"));
                }
            }
        }
        return findings;
    }

    /** The last sentence that asks a question (ends with "?"), or the whole stem when none does. */
    static String questionSentence(String stem) {
        String[] sentences = SENTENCE_END.split(stem.strip());
        for (int i = sentences.length - 1; i >= 0; i--) {
            if (sentences[i].contains("?")) {
                return sentences[i];
            }
        }
        return stem;
    }
}
