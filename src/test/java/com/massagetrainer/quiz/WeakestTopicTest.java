package com.massagetrainer.quiz;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WeakestTopicTest {

    @Test
    void lowestAccuracyAmongTopicsWithEnoughAnswers() {
        Map<String, WeakestTopic.Stats> stats = Map.of("a", new WeakestTopic.Stats(10, 0.9),
                "b", new WeakestTopic.Stats(8, 0.4), "c", new WeakestTopic.Stats(5, 0.6));
        assertThat(WeakestTopic.pick(List.of("a", "b", "c"), stats)).contains("b");
    }

    @Test
    void anUnpractisedTopicComesBeforeAWeakOne() {
        Map<String, WeakestTopic.Stats> stats = Map.of("a", new WeakestTopic.Stats(10, 0.1),
                "b", new WeakestTopic.Stats(2, 1.0));
        assertThat(WeakestTopic.pick(List.of("a", "b", "c"), stats)).contains("c");
        assertThat(WeakestTopic.pick(List.of("a", "b"), stats)).contains("b");
    }

    @Test
    void noTopicsNoPick() {
        assertThat(WeakestTopic.pick(List.of(), Map.of())).isEmpty();
    }
}
