package com.massagetrainer.progress;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TopicMasteryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    private static TopicMastery one(List<TopicMastery.Day> days) {
        return TopicMastery.of(List.of(new TopicMastery.Input("t", "T", 10, days)), TODAY).get(0);
    }

    @Test
    void noAnswersAtAllMeansHalfAndNotEnoughData() {
        TopicMastery m = one(List.of());
        assertThat(m.mastery()).isEqualTo(0.5);
        assertThat(m.enoughData()).isFalse();
    }

    @Test
    void aTopicsAnswersMoveItFromTheOverallLevel() {
        // One topic only: the overall level is (6+1)/(8+2) = 0.7; the topic: (4*0.7 + 6) / (4 + 8).
        TopicMastery m = one(List.of(new TopicMastery.Day(TODAY, 8, 6)));
        assertThat(m.mastery()).isCloseTo((4 * 0.7 + 6) / 12, within(1e-12));
        assertThat(m.answers()).isEqualTo(8);
        assertThat(m.enoughData()).isTrue();
    }

    @Test
    void aTopicWithoutAnswersStartsFromTheStudentsOverallLevel() {
        List<TopicMastery> all = TopicMastery.of(List.of(
                new TopicMastery.Input("a", "A", 10, List.of(new TopicMastery.Day(TODAY, 38, 38))),
                new TopicMastery.Input("b", "B", 10, List.of())), TODAY);
        assertThat(all.get(1).mastery()).isCloseTo(39.0 / 40, within(1e-12));
        assertThat(all.get(1).enoughData()).isFalse();
    }

    @Test
    void recentAnswersWeighMoreThanOldOnes() {
        // Wrong two weeks ago, right today: today's answers count twice as much (10 + 5 weighted answers).
        TopicMastery m = one(List.of(new TopicMastery.Day(TODAY.minusDays(14), 10, 0), new TopicMastery.Day(TODAY, 10, 10)));
        assertThat(m.weightedAnswers()).isCloseTo(15, within(1e-12));
        TopicMastery reversed = one(List.of(new TopicMastery.Day(TODAY.minusDays(14), 10, 10),
                new TopicMastery.Day(TODAY, 10, 0)));
        assertThat(m.mastery()).isGreaterThan(0.6);
        assertThat(reversed.mastery()).isLessThan(0.4);
    }

    @Test
    void moreAnswersMeanLessSpread() {
        TopicMastery few = one(List.of(new TopicMastery.Day(TODAY, 5, 4)));
        TopicMastery many = one(List.of(new TopicMastery.Day(TODAY, 50, 40)));
        assertThat(many.spread()).isLessThan(few.spread());
    }

    @Test
    void aTopicShowsAFigureOnlyFromTheMinimumAnswersOnNeverTheOverallLevel() {
        // 18 answers at 14/18 right in one topic: the overall level lifts every other topic's estimate to ~70%.
        List<TopicMastery> all = TopicMastery.of(List.of(
                new TopicMastery.Input("done", "Done", 10, List.of(new TopicMastery.Day(TODAY, 18, 14))),
                new TopicMastery.Input("few", "Few", 10, List.of(new TopicMastery.Day(TODAY, TopicMastery.MIN_ANSWERS - 1, 4))),
                new TopicMastery.Input("never", "Never", 10, List.of())), TODAY);
        TopicMastery never = all.get(2);
        assertThat(never.mastery()).as("the prior readiness leans on").isGreaterThan(0.7);
        assertThat(never.shownMastery()).isEmpty();
        assertThat(never.masteryText()).isEqualTo("not started");
        TopicMastery few = all.get(1);
        assertThat(few.shownMastery()).isEmpty();
        assertThat(few.masteryText()).isEqualTo("too few answers (" + (TopicMastery.MIN_ANSWERS - 1) + ")");
        assertThat(all.get(0).shownMastery()).hasValueSatisfying(m -> assertThat(m).isCloseTo(all.get(0).mastery(), within(1e-12)));
        assertThat(all.get(0).masteryText()).isEqualTo(Math.round(100 * all.get(0).mastery()) + "%");

        TopicMastery atMinimum = one(List.of(new TopicMastery.Day(TODAY, TopicMastery.MIN_ANSWERS, 2)));
        assertThat(atMinimum.shownMastery()).isPresent();
        assertThat(atMinimum.masteryText()).endsWith("%");
    }

    @Test
    void theMinimumIsTheFirstCountWhereATopicsOwnAnswersOutweighTheOverallLevel() {
        assertThat(TopicMastery.MIN_ANSWERS).isGreaterThan((int) TopicMastery.PRIOR_STRENGTH);
        assertThat(TopicMastery.MIN_ANSWERS - 1).isLessThanOrEqualTo((int) TopicMastery.PRIOR_STRENGTH);
    }
}
