package com.massagetrainer.bank;

import com.massagetrainer.bank.QuestionContent.MatchPair;
import com.massagetrainer.bank.QuestionContent.Option;
import com.massagetrainer.bank.QuestionContent.OrderStep;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScoringTest {

    private static QuestionContent withOptions(QuestionType type, boolean... correct) {
        List<Option> options = new java.util.ArrayList<>();
        String[] ids = type == QuestionType.TRUE_FALSE ? new String[]{"true", "false"} : new String[]{"a", "b", "c", "d", "e"};
        for (int i = 0; i < correct.length; i++) {
            options.add(new Option(ids[i], "text " + i, correct[i], "why"));
        }
        return new QuestionContent("q", "t", type, null, 1, CognitiveLevel.RECALL, "stem", options, null, null, "x",
                List.of(), null);
    }

    @Test
    void singleIsAllOrNothing() {
        QuestionContent q = withOptions(QuestionType.SINGLE, false, true, false, false);
        assertThat(Scoring.score(q, List.of("b"))).isEqualTo(1.0);
        assertThat(Scoring.score(q, List.of("a"))).isEqualTo(0.0);
        assertThat(Scoring.score(q, List.of())).isEqualTo(0.0);
        assertThat(Scoring.score(q, List.of("a", "b"))).isEqualTo(0.0);
    }

    @Test
    void trueFalseIsAllOrNothing() {
        QuestionContent q = withOptions(QuestionType.TRUE_FALSE, false, true);
        assertThat(Scoring.score(q, List.of("false"))).isEqualTo(1.0);
        assertThat(Scoring.score(q, List.of("true"))).isEqualTo(0.0);
    }

    @Test
    void multipleGivesPartialCreditRightMinusWrongOverKeysFlooredAtZero() {
        QuestionContent q = withOptions(QuestionType.MULTIPLE, true, true, true, false, false);
        assertThat(Scoring.score(q, List.of("a", "b", "c"))).isEqualTo(1.0);
        assertThat(Scoring.score(q, List.of("a", "b"))).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(Scoring.score(q, List.of("a", "b", "d"))).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(Scoring.score(q, List.of("a", "d", "e"))).isEqualTo(0.0);
        assertThat(Scoring.score(q, List.of("a", "b", "c", "d", "e"))).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(Scoring.score(q, List.of("d"))).isEqualTo(0.0);
    }

    @Test
    void matchingScoresTheFractionPlacedRight() {
        QuestionContent q = new QuestionContent("m", "t", QuestionType.MATCHING, null, 1, CognitiveLevel.RECALL, "s", null,
                List.of(new MatchPair("p1", "L1", "R1", "w"), new MatchPair("p2", "L2", "R2", "w"),
                        new MatchPair("p3", "L3", "R3", "w"), new MatchPair("p4", "L4", "R4", "w")),
                null, "x", List.of(), null);
        assertThat(Scoring.score(q, List.of("p1=p1", "p2=p2", "p3=p3", "p4=p4"))).isEqualTo(1.0);
        assertThat(Scoring.score(q, List.of("p1=p1", "p2=p3", "p3=p2", "p4=p4"))).isEqualTo(0.5);
        assertThat(Scoring.score(q, List.of("p1=p1"))).isEqualTo(0.25);
        assertThat(Scoring.score(q, List.of("garbage"))).isEqualTo(0.0);
        assertThat(Scoring.key(q)).containsExactly("p1=p1", "p2=p2", "p3=p3", "p4=p4");
    }

    @Test
    void orderingScoresTheFractionInTheRightPlace() {
        QuestionContent q = new QuestionContent("o", "t", QuestionType.ORDERING, null, 1, CognitiveLevel.RECALL, "s", null,
                null, List.of(new OrderStep("s1", "one", "w"), new OrderStep("s2", "two", "w"),
                new OrderStep("s3", "three", "w"), new OrderStep("s4", "four", "w")), "x", List.of(), null);
        assertThat(Scoring.score(q, List.of("s1", "s2", "s3", "s4"))).isEqualTo(1.0);
        assertThat(Scoring.score(q, List.of("s1", "s2", "s4", "s3"))).isEqualTo(0.5);
        assertThat(Scoring.score(q, List.of("s4", "s3", "s2", "s1"))).isEqualTo(0.0);
        assertThat(Scoring.isCorrect(q, List.of("s1", "s2", "s3", "s4"))).isTrue();
    }
}
