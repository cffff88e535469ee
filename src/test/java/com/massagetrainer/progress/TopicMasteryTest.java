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
}
