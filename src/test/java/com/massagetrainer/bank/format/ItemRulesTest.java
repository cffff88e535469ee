package com.massagetrainer.bank.format;

import com.massagetrainer.bank.QuestionContent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.massagetrainer.bank.format.LintFixtures.lint;
import static com.massagetrainer.bank.format.LintFixtures.matching;
import static com.massagetrainer.bank.format.LintFixtures.single;
import static com.massagetrainer.bank.format.LintFixtures.trueFalse;
import static com.massagetrainer.bank.format.LintFixtures.withReason;
import static com.massagetrainer.bank.format.LintFixtures.withStem;
import static org.assertj.core.api.Assertions.assertThat;

/** Each item rule on one hand-made question that passes and one that breaks it. */
class ItemRulesTest {

    private static final String STEM = "Which stroke warms the tissue first?";

    private static List<String> codes(QuestionContent q) {
        return lint(q).stream().map(ItemFinding::rule).toList();
    }

    @Test
    void keyOfSimilarLengthPasses() {
        assertThat(lint(single("q", STEM, 0, "Broad gliding strokes", "Deep elbow pressure", "Rapid tapping work",
                "Small circular rubs"))).isEmpty();
    }

    @Test
    void longKeyIsFlaggedAtTheKeysText() {
        List<ItemFinding> findings = lint(single("q", STEM, 2, "Tapping", "Kneading", "Broad, slow gliding strokes "
                + "over the whole back", "Friction"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(KeyLengthRule.CODE);
            assertThat(f.field()).isEqualTo("options/2/text");
            assertThat(f.message()).contains("keyLengthReason");
        });
    }

    @Test
    void statedReasonExcusesALongKeyButNotAShortOne() {
        String reason = "The key quotes the article's full definition; shortening it would make it wrong.";
        assertThat(lint(withReason("q", STEM, 2, reason, "Tapping", "Kneading",
                "Broad, slow gliding strokes over the whole back", "Friction"))).isEmpty();
        assertThat(lint(withReason("q", STEM, 0, reason, "Broad gliding strokes", "Deep elbow pressure",
                "Rapid tapping work", "Small circular rubs")))
                .singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("keyLengthReason"));
    }

    private static QuestionContent negative(String stem) {
        return withStem(single("q", STEM, 0, "Broad gliding strokes", "Deep elbow pressure", "Rapid tapping work",
                "Small circular rubs"), stem);
    }

    @Test
    void negativeStemNeedsCapitals() {
        assertThat(lint(negative("Which of these does the article say should not be massaged?")))
                .singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo(NegativeStemRule.CODE);
                    assertThat(f.field()).isEqualTo("stem");
                    assertThat(f.message()).contains("\"NOT\"");
                });
        assertThat(codes(negative("All of these are contraindications except which one?")))
                .containsExactly(NegativeStemRule.CODE);
        assertThat(codes(negative("Which part of the plan goes against the article?")))
                .containsExactly(NegativeStemRule.CODE);
        assertThat(codes(negative("Which of these doesn't belong?"))).containsExactly(NegativeStemRule.CODE);
    }

    @Test
    void emphasisedOrNonNegativeStemsPass() {
        assertThat(lint(negative("Which of these does the article say should NOT be massaged?"))).isEmpty();
        assertThat(lint(negative("All of these are contraindications EXCEPT which one?"))).isEmpty();
        assertThat(lint(negative("Which does at least one article call absolute?"))).isEmpty();
        assertThat(lint(negative("What does the article say TENS can and cannot do?"))).isEmpty();
        assertThat(lint(negative("What reason does the article give for not massaging a fever?"))).isEmpty();
        // case details before the question are not the question
        assertThat(lint(negative("The client does not like oil. Which stroke fits her?"))).isEmpty();
        // a true/false stem is a statement, not a question
        assertThat(lint(trueFalse("q", "Massage should not be given over a fresh bruise.", true))).isEmpty();
    }

    @Test
    void matchingPairSharingADistinctiveWordIsFlagged() {
        QuestionContent q = matching("q",
                "Cross-fibre friction", "Finger pressure across the muscle fibers",
                "Treatment room is noisy", "Make the treatment room quiet",
                "Sore after deep work", "An Epsom salt bath");
        List<ItemFinding> findings = lint(q);
        assertThat(findings).extracting(ItemFinding::field).containsExactly("pairs/0/right", "pairs/1/right");
        assertThat(findings.get(0).message()).contains("'fiber'");
        assertThat(findings.get(1).message()).contains("'treatment'", "'room'");
    }

    @Test
    void matchingWordSharedWithOtherRightItemsIsNotDistinctive() {
        QuestionContent q = matching("q",
                "Muscle knot", "Hold pressure on the muscle",
                "Tight muscle band", "Glide along the muscle",
                "Sore after deep work", "An Epsom salt bath");
        assertThat(lint(q)).isEmpty();
    }

    private static final String ARTICLE = "Self Massage for Upper Back Pain Relief\nCross-Fiber Friction. Apply finger pressure across the muscle fibers "
            + "to break up adhered tissue and scar tissue, working slowly.";

    private static ItemLint withArticle() {
        return ItemLint.withArticles(new ArticleCorpus(Map.of("self-massage.txt", ARTICLE),
                List.of("Self Massage for Upper Back Pain Relief")));
    }

    @Test
    void copiedRunIsFoundAcrossBritishSpelling() {
        QuestionContent q = LintFixtures.withExplanation(single("q", STEM, 0, "Broad gliding strokes",
                "Deep elbow pressure", "Rapid tapping work", "Small circular rubs"),
                "It means finger pressure across the muscle fibres to break up adhered tissue.");
        assertThat(withArticle().check(q)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(CopyRule.CODE);
            assertThat(f.field()).isEqualTo("explanation");
            assertThat(f.message()).startsWith("11 words in a row from self-massage.txt");
        });
    }

    @Test
    void sevenWordRunIsOnlyAWarningAndSixIsFine() {
        QuestionContent seven = LintFixtures.withExplanation(single("q", STEM, 0, "Broad gliding strokes",
                "Deep elbow pressure", "Rapid tapping work", "Small circular rubs"),
                "She uses finger pressure across the muscle fibres to loosen it.");
        assertThat(withArticle().check(seven)).singleElement()
                .satisfies(f -> assertThat(f.rule()).isEqualTo(CopyRule.NEAR_CODE));
        QuestionContent six = LintFixtures.withExplanation(seven, "She uses pressure across the muscle fibres to loosen it.");
        assertThat(withArticle().check(six)).isEmpty();
    }

    @Test
    void articleTitlesMayBeQuoted() {
        QuestionContent q = withStem(single("q", STEM, 0, "Broad gliding strokes", "Deep elbow pressure",
                "Rapid tapping work", "Small circular rubs"),
                "What does Self Massage for Upper Back Pain Relief advise?");
        assertThat(withArticle().check(q)).isEmpty();
    }
}
