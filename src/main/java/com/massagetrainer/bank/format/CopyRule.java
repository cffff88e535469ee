package com.massagetrainer.bank.format;

import com.massagetrainer.bank.QuestionContent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Cite, don't copy": no text of a question (scenario, stem, options, pairs, steps, rationales, explanation) may
 * share {@link BankGoals#COPY_RUN_FAIL} words in a row with an article (code {@code copied}; the bank-wide count
 * must be 0); a run of exactly {@link BankGoals#COPY_RUN_WARN} words is a warning (code {@code near-copy}): text
 * trimmed until it passes is still copied. British and American spellings count as the same word.
 */
public final class CopyRule implements ItemRule {

    public static final String CODE = "copied";
    public static final String NEAR_CODE = "near-copy";

    private final ArticleCorpus corpus;

    public CopyRule(ArticleCorpus corpus) {
        this.corpus = corpus;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<ItemFinding> check(QuestionContent q) {
        List<ItemFinding> findings = new ArrayList<>();
        texts(q).forEach((field, text) -> {
            ArticleCorpus.Match match = text == null ? null : corpus.longestRun(text);
            if (match == null) {
                return;
            }
            boolean copied = match.length() >= BankGoals.COPY_RUN_FAIL;
            findings.add(new ItemFinding(copied ? CODE : NEAR_CODE, field, match.length() + " words in a row from "
                    + match.article() + ": \"" + match.words() + "\"; " + (copied
                    ? "write it in your own words" : "close to copied: rewrite it rather than trim it")));
        });
        return findings;
    }

    /** Every text of a question by its field path. */
    static Map<String, String> texts(QuestionContent q) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("scenario", q.scenario());
        texts.put("stem", q.stem());
        for (int i = 0; i < q.options().size(); i++) {
            texts.put("options/" + i + "/text", q.options().get(i).text());
            texts.put("options/" + i + "/rationale", q.options().get(i).rationale());
        }
        for (int i = 0; i < q.pairs().size(); i++) {
            texts.put("pairs/" + i + "/left", q.pairs().get(i).left());
            texts.put("pairs/" + i + "/right", q.pairs().get(i).right());
            texts.put("pairs/" + i + "/rationale", q.pairs().get(i).rationale());
        }
        for (int i = 0; i < q.sequence().size(); i++) {
            texts.put("sequence/" + i + "/text", q.sequence().get(i).text());
            texts.put("sequence/" + i + "/rationale", q.sequence().get(i).rationale());
        }
        texts.put("explanation", q.explanation());
        return texts;
    }
}
