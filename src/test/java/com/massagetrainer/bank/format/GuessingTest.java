package com.massagetrainer.bank.format;

import com.massagetrainer.bank.QuestionContent;
import com.massagetrainer.bank.QuestionType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.massagetrainer.bank.format.LintFixtures.matching;
import static com.massagetrainer.bank.format.LintFixtures.multiple;
import static com.massagetrainer.bank.format.LintFixtures.ordering;
import static com.massagetrainer.bank.format.LintFixtures.single;
import static com.massagetrainer.bank.format.LintFixtures.trueFalse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Blind and test-wise expected scores, exact, under the app's scoring rules. */
class GuessingTest {

    private static final String STEM = "Which stroke warms the tissue first?";

    private static double blind(QuestionContent q) {
        return Guess.expectedScore(q, BlindGuess.answer(q));
    }

    private static double testWise(List<QuestionContent> bank, QuestionContent q) {
        return Guess.expectedScore(q, TestWiseStrategy.learnedFrom(bank).answer(q));
    }

    @Test
    void blindGuessingIsTheExactExpectation() {
        assertThat(blind(single("q", STEM, 0, "a1", "b2", "c3", "d4"))).isCloseTo(0.25, within(1e-12));
        assertThat(blind(trueFalse("q", "Heat relaxes muscle.", true))).isCloseTo(0.5, within(1e-12));
        assertThat(blind(matching("q", "l1", "r1", "l2", "r2", "l3", "r3", "l4", "r4"))).isCloseTo(0.25, within(1e-12));
        assertThat(blind(ordering("q", "one", "two", "three"))).isCloseTo(1.0 / 3, within(1e-12));
        // 3 keys of 5; 2, 3 or 4 ticks equally likely, scored (right - wrong) / keys floored at 0:
        // 2 ticks 0.2, 3 ticks 0.3, 4 ticks 4/15
        QuestionContent multi = multiple("q", new boolean[]{true, true, true, false, false}, "a", "b", "c", "d", "e");
        assertThat(blind(multi)).isCloseTo((0.2 + 0.3 + 4.0 / 15) / 3, within(1e-12));
    }

    @Test
    void testWiseStudentPicksTheLongestOptionWithoutAbsoluteWords() {
        QuestionContent longKey = single("q", STEM, 0, "Broad, slow gliding strokes over the back", "Tapping",
                "Kneading", "Friction");
        assertThat(testWise(List.of(longKey), longKey)).isEqualTo(1.0);
        QuestionContent absoluteLongest = single("q", STEM, 1, "Always the deepest pressure there is", "Gliding",
                "Tapping", "Rubbing");
        // the longest is avoided for its absolute word; the three others tie on length: one in three
        assertThat(testWise(List.of(absoluteLongest), absoluteLongest)).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void absoluteTrueFalseStatementsAreCalledFalse() {
        QuestionContent keyedFalse = trueFalse("q1", "Massage always cures back pain.", false);
        QuestionContent keyedTrue = trueFalse("q2", "Fever must always stop a massage.", true);
        assertThat(testWise(List.of(keyedFalse), keyedFalse)).isEqualTo(1.0);
        assertThat(testWise(List.of(keyedTrue), keyedTrue)).isEqualTo(0.0);
    }

    @Test
    void selectAllTicksTheBanksUsualNumberOfLongestOptions() {
        boolean[] threeKeys = {true, true, true, false, false};
        QuestionContent q = multiple("q", threeKeys, "long option one here", "long option two here",
                "long option three xx", "short", "brief");
        assertThat(testWise(List.of(q), q)).isEqualTo(1.0);
        QuestionContent sameLength = multiple("q", threeKeys, "aaaa", "bbbb", "cccc", "dddd", "eeee");
        assertThat(testWise(List.of(sameLength), sameLength)).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void matchingBySharedWordsAndOrderingByCueWords() {
        QuestionContent giveAway = matching("q", "Noisy treatment room", "Quiet treatment room",
                "Sore after deep work", "Epsom salt bath", "Wants lighter pressure", "Swedish massage");
        // the room pair is given away; the other two are a coin toss: (1 + 1/2 + 1/2) / 3
        assertThat(testWise(List.of(giveAway), giveAway)).isCloseTo(2.0 / 3, within(1e-12));
        QuestionContent cued = ordering("q", "First, warm the tissue", "Knead the muscle", "Finally, glide to finish");
        assertThat(testWise(List.of(cued), cued)).isEqualTo(1.0);
        QuestionContent plain = ordering("q", "Press", "Knead", "Glide");
        assertThat(testWise(List.of(plain), plain)).isCloseTo(blind(plain), within(1e-12));
    }

    @Test
    void scoresArePerTypeAndOverallWithEachQuestionCountingOnce() {
        QuestionContent longKey = single("s", STEM, 0, "Broad, slow gliding strokes over the back", "Tapping",
                "Kneading", "Friction");
        QuestionContent tf = trueFalse("t", "Massage never helps.", false);
        GuessingScores scores = new GuessingScores(List.of(longKey, tf));
        assertThat(scores.of(QuestionType.SINGLE).gainPoints()).isCloseTo(75, within(1e-9));
        assertThat(scores.of(QuestionType.TRUE_FALSE).gainPoints()).isCloseTo(50, within(1e-9));
        assertThat(scores.overall().testWise()).isCloseTo(1.0, within(1e-12));
        assertThat(scores.overall().blind()).isCloseTo(0.375, within(1e-12));
    }
}
