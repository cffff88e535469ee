package com.massagetrainer.bank.format;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordingTest {

    @Test
    void britishSpellingsFoldOntoAmericanOnes() {
        assertThat(SpellingVariants.fold("Cross-fibre friction across the fibres"))
                .isEqualTo(SpellingVariants.fold("Cross-fiber friction across the fibers"));
        assertThat(SpellingVariants.fold("colour favourite behaviour tumour"))
                .isEqualTo(SpellingVariants.fold("color favorite behavior tumor"));
        assertThat(SpellingVariants.fold("realise organised minimising organisation"))
                .isEqualTo(SpellingVariants.fold("realize organized minimizing organization"));
        assertThat(SpellingVariants.fold("analyse paralysed")).isEqualTo(SpellingVariants.fold("analyze paralyzed"));
        assertThat(SpellingVariants.fold("centre centred metre")).isEqualTo(SpellingVariants.fold("center centered meter"));
        assertThat(SpellingVariants.fold("travelled counselling")).isEqualTo(SpellingVariants.fold("traveled counseling"));
        assertThat(SpellingVariants.fold("haemorrhage oedema paediatric anaesthetic"))
                .isEqualTo(SpellingVariants.fold("hemorrhage edema pediatric anesthetic"));
        assertThat(SpellingVariants.fold("licence programme grey")).isEqualTo(SpellingVariants.fold("license program gray"));
    }

    @Test
    void foldingKeepsDifferentWordsApart() {
        assertThat(SpellingVariants.fold("four hours")).isEqualTo("four hours");
        assertThat(SpellingVariants.fold("pressure")).isNotEqualTo(SpellingVariants.fold("press"));
    }

    @Test
    void stemsDropStopWordsAndMeetAcrossSpellingAndInflection() {
        assertThat(Wording.stems("The fibres of the muscle")).isEqualTo(Wording.stems("muscles fiber"));
        assertThat(Wording.stems("Kneading is what they do")).containsExactly("knead");
    }

    @Test
    void absoluteWordsAreFoundAsWholeWords() {
        assertThat(Wording.absoluteWords("It always works and never hurts")).containsExactly("always", "never");
        assertThat(Wording.hasAbsoluteWord("Usually helps, often quickly; allows rest")).isFalse();
    }

    @Test
    void lengthCountsCharactersWithWhiteSpaceRunsOnce() {
        assertThat(Wording.length("  two   words \n")).isEqualTo(9);
    }
}
