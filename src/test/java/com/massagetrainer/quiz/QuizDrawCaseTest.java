package com.massagetrainer.quiz;

import com.massagetrainer.bank.QuestionType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Case sets in the draw: whole, consecutive, in case order, counted per question toward the blueprint. */
class QuizDrawCaseTest {

    private static final int[] WEIGHTS = {8, 8, 7, 9, 10, 10, 7, 7, 10, 10, 8, 6};

    private static Candidate single(String topic, int i) {
        return new Candidate(topic + "-" + i, (long) (topic + i).hashCode(), topic, 1, QuestionType.SINGLE,
                List.of("a", "b", "c", "d"), null, false);
    }

    /** A case whose questions belong to the given topics, in this order. */
    private static List<Candidate> caseOf(String id, Instant lastSeen, String... topics) {
        List<Candidate> list = new ArrayList<>();
        for (int i = 0; i < topics.length; i++) {
            // Ids deliberately not in case order, so the draw must sort by the case order, not the id.
            list.add(new Candidate(id + "-q" + (topics.length - i), (long) (id + i).hashCode(), topics[i], 2,
                    QuestionType.SINGLE, List.of("a", "b", "c", "d"), lastSeen, false, id, i + 1, topics.length));
        }
        return list;
    }

    /** Twelve topics of 25 stand-alone questions, weighted like the blueprint, plus eight cases across topics. */
    private static List<Candidate> bank(Map<String, Integer> weights) {
        List<Candidate> pool = new ArrayList<>();
        for (int t = 0; t < WEIGHTS.length; t++) {
            weights.put("t" + t, WEIGHTS[t]);
            for (int i = 0; i < 25; i++) {
                pool.add(single("t" + t, i));
            }
        }
        for (int c = 0; c < 8; c++) {
            String[] topics = c % 2 == 0 ? new String[]{"t" + c, "t" + (c + 1), "t" + (c + 2)}
                    : new String[]{"t" + c, "t" + (c + 3), "t" + c, "t" + (c + 1)};
            pool.addAll(caseOf("case" + c, null, topics));
        }
        return pool;
    }

    /** Every case in the quiz is complete, its questions one after another in case order. */
    private static Map<String, List<Integer>> assertCasesWholeAndConsecutive(List<DrawnItem> items, List<Candidate> pool) {
        Map<String, Candidate> byId = pool.stream().collect(Collectors.toMap(Candidate::questionId, c -> c));
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        for (DrawnItem d : items) {
            Candidate c = byId.get(d.questionId());
            if (c.caseId() != null) {
                positions.computeIfAbsent(c.caseId(), k -> new ArrayList<>()).add(d.position());
            }
        }
        positions.forEach((caseId, at) -> {
            int size = pool.stream().filter(c -> caseId.equals(c.caseId())).findFirst().orElseThrow().caseSize();
            assertThat(at).as(caseId + " whole").hasSize(size);
            for (int i = 1; i < at.size(); i++) {
                assertThat(at.get(i)).as(caseId + " consecutive").isEqualTo(at.get(i - 1) + 1);
            }
            List<Integer> order = at.stream().map(p -> byId.get(items.get(p - 1).questionId()).caseOrder()).toList();
            assertThat(order).as(caseId + " in case order").isSorted();
        });
        return positions;
    }

    @Test
    void mockExamKeepsTheBlueprintExactAndHoldsWholeCases() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        List<Candidate> pool = bank(weights);
        for (long seed = 1; seed <= 40; seed++) {
            long s = seed;
            List<DrawnItem> items = QuizDraw.draw(pool, weights, 100, seed);
            assertThat(items).hasSize(100);
            Map<String, Long> perTopic = items.stream().collect(Collectors.groupingBy(DrawnItem::topicId,
                    Collectors.counting()));
            weights.forEach((t, w) -> assertThat(perTopic.get(t)).as("seed " + s + " topic " + t).isEqualTo((long) w));
            // The pool's cases hold 28 of 328 questions: about 8.5 of 100, so two or three cases.
            Map<String, List<Integer>> cases = assertCasesWholeAndConsecutive(items, pool);
            assertThat(cases.size()).as("seed " + seed).isBetween(2, 3);
        }
    }

    @Test
    void practiceQuizOf25HoldsOneWholeCase() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        List<Candidate> pool = bank(weights);
        weights.replaceAll((t, w) -> 1);
        for (long seed = 1; seed <= 40; seed++) {
            List<DrawnItem> items = QuizDraw.draw(pool, weights, 25, seed);
            assertThat(items).hasSize(25);
            assertThat(items.stream().map(DrawnItem::questionId).distinct()).hasSize(25);
            assertThat(assertCasesWholeAndConsecutive(items, pool)).hasSize(1);
        }
    }

    @Test
    void aQuizTooShortForACaseShareHoldsNone() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        List<Candidate> pool = bank(weights);
        for (long seed = 1; seed <= 20; seed++) {
            assertThat(assertCasesWholeAndConsecutive(QuizDraw.draw(pool, weights, 10, seed), pool)).isEmpty();
        }
    }

    @Test
    void aCaseWithAQuestionOutsideTheChosenTopicsIsNotDrawnAtAll() {
        List<Candidate> pool = new ArrayList<>(caseOf("mixed", null, "a", "b", "a"));
        for (int i = 0; i < 10; i++) {
            pool.add(single("a", i));
        }
        for (long seed = 1; seed <= 20; seed++) {
            List<DrawnItem> items = QuizDraw.draw(pool, Map.of("a", 1), 10, seed);
            assertThat(items).extracting(DrawnItem::questionId).allMatch(id -> id.startsWith("a-"));
        }
        // Only the ten stand-alone questions can be drawn; the case's two "a" questions do not count.
        assertThatThrownBy(() -> QuizDraw.draw(pool, Map.of("a", 1), 11, 1))
                .isInstanceOfSatisfying(PoolTooSmallException.class, e -> assertThat(e.available()).isEqualTo(10));
    }

    @Test
    void unseenCasesComeBeforeCasesSeenAndRight() {
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        List<Candidate> pool = new ArrayList<>(caseOf("seen", t0, "a", "a", "a"));
        pool.addAll(caseOf("fresh", null, "a", "a", "a"));
        for (int i = 0; i < 30; i++) {
            pool.add(single("a", i));
        }
        for (long seed = 1; seed <= 20; seed++) {
            List<String> ids = QuizDraw.draw(pool, Map.of("a", 1), 20, seed).stream().map(DrawnItem::questionId).toList();
            assertThat(ids).contains("fresh-q1", "fresh-q2", "fresh-q3").doesNotContain("seen-q1");
        }
    }

    @Test
    void whenOnlyCasesAreLeftTheCountIsStillMetOrTheShortfallIsNamed() {
        List<Candidate> pool = new ArrayList<>(caseOf("three", null, "a", "a", "a"));
        pool.addAll(caseOf("four", null, "a", "a", "a", "a"));
        assertThat(QuizDraw.draw(pool, Map.of("a", 1), 7, 3)).hasSize(7);
        assertThat(QuizDraw.draw(pool, Map.of("a", 1), 3, 3)).extracting(DrawnItem::questionId)
                .containsExactly("three-q3", "three-q2", "three-q1");
        assertThatThrownBy(() -> QuizDraw.draw(pool, Map.of("a", 1), 5, 3))
                .isInstanceOfSatisfying(PoolTooSmallException.class, e -> assertThat(e.available()).isLessThan(5));
    }

    @Test
    void sameSeedSameQuizWithCases() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        List<Candidate> pool = bank(weights);
        List<Candidate> reversed = new ArrayList<>(pool);
        java.util.Collections.reverse(reversed);
        assertThat(QuizDraw.draw(reversed, weights, 100, 77)).isEqualTo(QuizDraw.draw(pool, weights, 100, 77));
    }
}
