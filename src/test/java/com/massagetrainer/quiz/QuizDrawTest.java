package com.massagetrainer.quiz;

import com.massagetrainer.bank.QuestionType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuizDrawTest {

    private static List<Candidate> pool(String topic, int n) {
        List<Candidate> list = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            list.add(new Candidate(topic + "-" + i, 1000L * topic.hashCode() + i, topic, 1 + i % 3, QuestionType.SINGLE,
                    List.of("a", "b", "c", "d"), null, false));
        }
        return list;
    }

    private static Map<String, Long> perTopic(List<DrawnItem> items) {
        return items.stream().collect(Collectors.groupingBy(DrawnItem::topicId, Collectors.counting()));
    }

    @Test
    void stratifiesInProportionToWeights() {
        List<Candidate> all = new ArrayList<>();
        Map<String, Integer> weights = new LinkedHashMap<>();
        int[] w = {8, 8, 7, 9, 10, 10, 7, 7, 10, 10, 8, 6};
        for (int t = 0; t < w.length; t++) {
            all.addAll(pool("t" + t, 30));
            weights.put("t" + t, w[t]);
        }
        List<DrawnItem> items = QuizDraw.draw(all, weights, 100, 42);
        assertThat(items).hasSize(100);
        Map<String, Long> counts = perTopic(items);
        for (int t = 0; t < w.length; t++) {
            assertThat(counts.get("t" + t)).as("topic t" + t).isEqualTo(w[t]);
        }
    }

    @Test
    void evenWeightsSplitEvenlyAndRemaindersGoToDifferentTopics() {
        List<Candidate> all = new ArrayList<>(pool("a", 10));
        all.addAll(pool("b", 10));
        all.addAll(pool("c", 10));
        Map<String, Long> counts = perTopic(QuizDraw.draw(all, Map.of("a", 1, "b", 1, "c", 1), 10, 7));
        assertThat(counts.values()).allSatisfy(c -> assertThat(c).isBetween(3L, 4L));
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(10);
    }

    @Test
    void smallTopicIsCappedAndTheRestComesFromOthers() {
        List<Candidate> all = new ArrayList<>(pool("small", 2));
        all.addAll(pool("big", 40));
        Map<String, Long> counts = perTopic(QuizDraw.draw(all, Map.of("small", 1, "big", 1), 20, 3));
        assertThat(counts).containsEntry("small", 2L).containsEntry("big", 18L);
    }

    @Test
    void neverDrawsAQuestionTwice() {
        List<DrawnItem> items = QuizDraw.draw(pool("a", 25), Map.of("a", 1), 25, 99);
        assertThat(items.stream().map(DrawnItem::questionId).distinct()).hasSize(25);
        assertThat(items).extracting(DrawnItem::position).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 25).boxed().toList());
    }

    @Test
    void sameSeedSameQuizDifferentSeedDifferentQuiz() {
        List<Candidate> all = pool("a", 50);
        assertThat(QuizDraw.draw(all, Map.of("a", 1), 10, 123)).isEqualTo(QuizDraw.draw(all, Map.of("a", 1), 10, 123));
        assertThat(QuizDraw.draw(all, Map.of("a", 1), 10, 123)).isNotEqualTo(QuizDraw.draw(all, Map.of("a", 1), 10, 124));
        // Input order does not matter either: a replay from the database gets rows in any order.
        List<Candidate> reversed = new ArrayList<>(all);
        java.util.Collections.reverse(reversed);
        assertThat(QuizDraw.draw(reversed, Map.of("a", 1), 10, 123)).isEqualTo(QuizDraw.draw(all, Map.of("a", 1), 10, 123));
    }

    @Test
    void prefersUnseenThenWrongLatelyThenLongestUnseen() {
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(new Candidate("seen-right-" + i, i, "a", 1, QuestionType.SINGLE, List.of("a", "b", "c"),
                    t0.plusSeconds(i), false));
            all.add(new Candidate("wrong-" + i, 100 + i, "a", 1, QuestionType.SINGLE, List.of("a", "b", "c"),
                    t0.plusSeconds(i), true));
            all.add(new Candidate("new-" + i, 200 + i, "a", 1, QuestionType.SINGLE, List.of("a", "b", "c"), null, false));
        }
        List<String> five = QuizDraw.draw(all, Map.of("a", 1), 5, 1).stream().map(DrawnItem::questionId).toList();
        assertThat(five).allMatch(id -> id.startsWith("new-"));
        List<String> eight = QuizDraw.draw(all, Map.of("a", 1), 8, 1).stream().map(DrawnItem::questionId).toList();
        assertThat(eight.stream().filter(id -> id.startsWith("wrong-"))).hasSize(3);
        List<String> twelve = QuizDraw.draw(all, Map.of("a", 1), 12, 1).stream().map(DrawnItem::questionId).toList();
        assertThat(twelve).contains("seen-right-0", "seen-right-1").doesNotContain("seen-right-4");
    }

    @Test
    void tooSmallPoolSaysHowManyAreAvailable() {
        assertThatThrownBy(() -> QuizDraw.draw(pool("a", 7), Map.of("a", 1), 10, 1))
                .isInstanceOfSatisfying(PoolTooSmallException.class, e -> {
                    assertThat(e.available()).isEqualTo(7);
                    assertThat(e.getMessage()).contains("Only 7 questions");
                });
    }

    @Test
    void shufflesOptionsButKeepsTrueBeforeFalseAndNeverStartsOrderingSolved() {
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            all.add(new Candidate("s" + i, i, "a", 1, QuestionType.SINGLE, List.of("a", "b", "c", "d"), null, false));
            all.add(new Candidate("t" + i, 100 + i, "a", 1, QuestionType.TRUE_FALSE, List.of("true", "false"), null, false));
            all.add(new Candidate("o" + i, 200 + i, "a", 1, QuestionType.ORDERING, List.of("x", "y"), null, false));
        }
        List<DrawnItem> items = QuizDraw.draw(all, Map.of("a", 1), 120, 5);
        var singles = items.stream().filter(d -> d.questionId().startsWith("s")).map(DrawnItem::presentation).toList();
        assertThat(singles).allSatisfy(p -> assertThat(p).containsExactlyInAnyOrder("a", "b", "c", "d"));
        assertThat(new HashSet<>(singles).size()).isGreaterThan(5);
        // Where the key stands is spread: each option comes first in some draws.
        assertThat(singles.stream().map(p -> p.get(0)).distinct()).hasSize(4);
        assertThat(items.stream().filter(d -> d.questionId().startsWith("t")))
                .allSatisfy(d -> assertThat(d.presentation()).containsExactly("true", "false"));
        assertThat(items.stream().filter(d -> d.questionId().startsWith("o")))
                .allSatisfy(d -> assertThat(d.presentation()).containsExactly("y", "x"));
    }
}
