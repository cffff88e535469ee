package com.massagetrainer.bank.format;

import com.massagetrainer.bank.QuestionContent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.massagetrainer.bank.format.LintFixtures.matching;
import static com.massagetrainer.bank.format.LintFixtures.measure;
import static com.massagetrainer.bank.format.LintFixtures.multiple;
import static com.massagetrainer.bank.format.LintFixtures.ordering;
import static com.massagetrainer.bank.format.LintFixtures.single;
import static com.massagetrainer.bank.format.LintFixtures.trueFalse;
import static com.massagetrainer.bank.format.LintFixtures.withStem;
import static org.assertj.core.api.Assertions.assertThat;

/** Each bank-wide measure on a small hand-made bank that meets its goal and one that does not. */
class BankMeasuresTest {

    private static final String STEM = "Which stroke warms the tissue first?";

    /** Four single-answer questions, keys at a, b, c, d, options of one length: no cue at all. */
    private static List<QuestionContent> balancedSingles() {
        List<QuestionContent> bank = new ArrayList<>();
        for (int key = 0; key < 4; key++) {
            bank.add(single("s" + key, STEM + key, key, "Gliding", "Kneading", "Tapping", "Rubbing"));
        }
        return bank;
    }

    /** Four single-answer questions whose key is always the longest and always at a. */
    private static List<QuestionContent> longKeysAtA() {
        List<QuestionContent> bank = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            bank.add(single("l" + i, STEM + i, 0, "Broad, slow gliding strokes over the whole back", "Tapping",
                    "Kneading", "Rubbing"));
        }
        return bank;
    }

    @Test
    void testWiseGain() {
        assertThat(measure("test-wise-gain", balancedSingles()).met()).isTrue();
        assertThat(measure("test-wise-gain.single", balancedSingles()).met()).isTrue();
        Measurement leaky = measure("test-wise-gain.single", longKeysAtA());
        assertThat(leaky.met()).isFalse();
        assertThat(leaky.value()).isEqualTo("100.0% vs 25.0%: +75.0 points");
    }

    @Test
    void keyLongest() {
        assertThat(measure("key-longest", List.of(single("q", STEM, 0, "Gliding", "Kneading", "Tap", "Rub"),
                single("r", STEM + "?", 0, "Glide", "Kneading", "Tap", "Rub"),
                single("s", STEM + "!", 0, "Glid", "Kneading", "Tap", "Rub"),
                single("t", STEM + ".", 0, "Gli", "Kneading", "Tapping", "Rub"))).met()).isTrue();
        Measurement m = measure("key-longest", longKeysAtA());
        assertThat(m.met()).isFalse();
        assertThat(m.value()).isEqualTo("100% (4 of 4)");
    }

    @Test
    void longKeysCount() {
        assertThat(measure("long-keys", balancedSingles()).met()).isTrue();
        Measurement m = measure("long-keys", longKeysAtA());
        assertThat(m.met()).isFalse();
        assertThat(m.value()).isEqualTo("4");
        assertThat(m.detail()).contains("l0", "l3");
    }

    @Test
    void absoluteWordsInProportion() {
        List<QuestionContent> balanced = List.of(
                single("a", STEM, 0, "Always glide first", "Never knead first", "Tap first", "Rub first"),
                single("b", STEM + "?", 0, "Glide first", "Always knead", "Only tap", "Rub first"));
        assertThat(measure("absolute-words", balanced).met()).isTrue();
        List<QuestionContent> onlyDistractors = List.of(
                single("a", STEM, 0, "Glide first", "Always knead first", "Never tap", "Rub first"),
                single("b", STEM + "?", 0, "Glide first", "Never knead first", "Tap first", "Only rub"));
        Measurement m = measure("absolute-words", onlyDistractors);
        assertThat(m.met()).isFalse();
        assertThat(m.value()).startsWith("keys 0% (0 of 2), distractors 67% (4 of 6)");
    }

    @Test
    void absoluteTrueFalseKeyedTrueOftenEnough() {
        List<QuestionContent> ok = List.of(trueFalse("a", "Fever always rules out massage.", true),
                trueFalse("b", "Massage never causes soreness.", false),
                trueFalse("c", "Heat relaxes muscle.", true));
        assertThat(measure("absolute-true-false", ok).met()).isTrue();
        Measurement m = measure("absolute-true-false", List.of(trueFalse("a", "Massage always cures.", false),
                trueFalse("b", "Massage never causes soreness.", false)));
        assertThat(m.met()).isFalse();
        assertThat(m.detail()).isEqualTo("keyed False: a, b");
    }

    @Test
    void selectAllCountSpread() {
        String[] texts = {"one", "two", "three", "four", "five"};
        QuestionContent two = multiple("m2", new boolean[]{true, true, false, false, false}, texts);
        QuestionContent three = multiple("m3", new boolean[]{true, true, true, false, false}, texts);
        QuestionContent four = multiple("m4", new boolean[]{true, true, true, true, false}, texts);
        assertThat(measure("select-all-counts", List.of(two, three, four)).met()).isTrue();
        Measurement m = measure("select-all-counts", List.of(two, three, three, three, three, three));
        assertThat(m.met()).isFalse();
        assertThat(m.value()).isEqualTo("2 keys 17%, 3 keys 83%, 4 keys 0%");
    }

    @Test
    void keyPositionsInAuthorsOrder() {
        assertThat(measure("key-positions", balancedSingles()).met()).isTrue();
        Measurement m = measure("key-positions", longKeysAtA());
        assertThat(m.met()).isFalse();
        assertThat(m.value()).startsWith("a 100%, b 0%");
    }

    @Test
    void negativeStemsAndMatchingCuesAreCounted() {
        assertThat(measure("negative-stems", balancedSingles()).met()).isTrue();
        QuestionContent negative = withStem(balancedSingles().get(0), "Which one should not be massaged?");
        assertThat(measure("negative-stems", List.of(negative)).met()).isFalse();
        QuestionContent clean = matching("m", "Knot", "Held pressure", "Soreness", "Epsom bath", "Stress", "Quiet room");
        assertThat(measure("matching-cues", List.of(clean)).met()).isTrue();
        QuestionContent cue = matching("m", "Noisy room", "Quiet room", "Soreness", "Epsom bath", "Stress", "Slow glide");
        assertThat(measure("matching-cues", List.of(cue)).value()).isEqualTo("1");
    }

    @Test
    void copiedRunsCountOnlyWhenTheArticlesWereRead() {
        QuestionContent copied = LintFixtures.withExplanation(balancedSingles().get(0),
                "Apply finger pressure across the muscle fibres to break up scar tissue.");
        ItemLint lint = ItemLint.withArticles(new ArticleCorpus(Map.of("a.txt",
                "Apply finger pressure across the muscle fibers to break up scar tissue."), List.of()));
        Measurement m = BankLint.run(List.of(copied), lint).measurements().stream()
                .filter(x -> x.id().equals("copied-runs")).findFirst().orElseThrow();
        assertThat(m.met()).isFalse();
        assertThat(measure("copied-runs", List.of(copied)).value()).startsWith("not checked");
        assertThat(BankLint.run(balancedSingles(), lint).measurements().stream()
                .filter(x -> x.id().equals("copied-runs")).findFirst().orElseThrow().met()).isTrue();
    }

    /** The gate QuestionBankTest applies: an enforced measure past its goal is a failure, a pending one is not. */
    @Test
    void enforcedMeasurePastItsGoalFailsTheGate() {
        assertThat(BankGoals.isEnforced("test-wise-gain.ordering")).isTrue();
        List<QuestionContent> cued = List.of(ordering("o", "First, warm up", "Knead", "Finally, finish gently"));
        BankLint.Result result = BankLint.run(cued, ItemLint.standard());
        // A bank of one ordering question: its gain is also the overall gain, and both are enforced.
        assertThat(result.failures()).extracting(Measurement::id)
                .containsExactlyInAnyOrder("test-wise-gain", "test-wise-gain.ordering");
        assertThat(result.render()).contains("[FAIL]");
        BankLint.Result fine = BankLint.run(List.of(ordering("o", "Press", "Knead", "Glide")), ItemLint.standard());
        assertThat(fine.failures()).isEmpty();
    }
}
