package com.massagetrainer.quiz;

import com.massagetrainer.bank.CaseSet;
import com.massagetrainer.bank.QuestionBank;
import com.massagetrainer.bank.QuestionContent;
import com.massagetrainer.bank.QuestionType;
import com.massagetrainer.bank.SamePoint;
import com.massagetrainer.bank.TopicDefinition;
import com.massagetrainer.bank.format.BankValidation;
import com.massagetrainer.bank.format.BankValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Same-point pairs in the draw: the real bank's declared pairs are never drawn together, the blueprint still holds. */
class QuizDrawSamePointTest {

    private static List<Candidate> pool;
    private static Map<String, Integer> blueprint;
    private static Set<SamePoint.Pair> pairs;

    /** The real bank as the draw sees it: every question a candidate, with its case link and its declarations. */
    @BeforeAll
    static void readTheBank() {
        BankValidation validation = new BankValidator().validate(Path.of("question-bank"));
        assertThat(validation.errors()).as(validation.report()).isEmpty();
        QuestionBank bank = validation.bank().orElseThrow();
        Map<String, CaseSet> caseOf = bank.caseOfQuestion();
        pool = new ArrayList<>();
        long version = 1;
        for (QuestionContent q : bank.questions()) {
            CaseSet c = caseOf.get(q.id());
            pool.add(new Candidate(q.id(), version++, q.topic(), q.difficulty(), q.type(), List.of("a", "b", "c"),
                    null, false, c == null ? null : c.id(), c == null ? 0 : c.questionIds().indexOf(q.id()) + 1,
                    c == null ? 0 : c.questionIds().size(), q.samePointAs()));
        }
        blueprint = new LinkedHashMap<>();
        bank.topics().forEach(t -> blueprint.put(t.id(), t.weight()));
        pairs = SamePoint.pairs(bank.questions(), QuestionContent::id, QuestionContent::samePointAs);
        assertThat(pairs).as("the bank declares its same-point pairs").isNotEmpty();
    }

    private static void assertNoPairTogether(List<DrawnItem> items, String what) {
        Set<String> ids = items.stream().map(DrawnItem::questionId).collect(Collectors.toSet());
        for (SamePoint.Pair p : pairs) {
            assertThat(ids.contains(p.first()) && ids.contains(p.second()))
                    .as(what + ": " + p.first() + " and " + p.second() + " drawn together").isFalse();
        }
    }

    @Test
    void mockExamsNeverHoldBothOfAPairAndKeepTheBlueprintExact() {
        Set<String> drawnSomewhere = new HashSet<>();
        for (long seed = 1; seed <= 300; seed++) {
            List<DrawnItem> items = QuizDraw.draw(pool, blueprint, 100, seed);
            assertThat(items).hasSize(100);
            assertNoPairTogether(items, "seed " + seed);
            Map<String, Long> perTopic = items.stream().collect(Collectors.groupingBy(DrawnItem::topicId,
                    Collectors.counting()));
            long s = seed;
            blueprint.forEach((t, w) -> assertThat(perTopic.get(t)).as("seed " + s + " topic " + t).isEqualTo((long) w));
            items.forEach(d -> drawnSomewhere.add(d.questionId()));
        }
        // Not true by leaving twins out altogether: each member of every pair is drawn in some exam.
        pairs.forEach(p -> assertThat(drawnSomewhere).as(p.toString()).contains(p.first(), p.second()));
    }

    @Test
    void practiceQuizzesOfEveryTopicTogetherNeverHoldBothOfAPair() {
        Map<String, Integer> even = new LinkedHashMap<>();
        blueprint.keySet().forEach(t -> even.put(t, 1));
        for (long seed = 1; seed <= 300; seed++) {
            List<DrawnItem> items = QuizDraw.draw(pool, even, 25, seed);
            assertThat(items).hasSize(25);
            assertNoPairTogether(items, "seed " + seed);
        }
    }

    @Test
    void theLargestQuizOfTheWholeBankLeavesOutOneOfEachPair() {
        // The pairs share no question, so the bank less one question per pair is the most a quiz can hold.
        assertThat(pairs.stream().flatMap(p -> java.util.stream.Stream.of(p.first(), p.second())).distinct())
                .hasSize(2 * pairs.size());
        int most = pool.size() - pairs.size();
        for (long seed = 1; seed <= 20; seed++) {
            List<DrawnItem> items = QuizDraw.draw(pool, blueprint, most, seed);
            assertThat(items).hasSize(most);
            assertNoPairTogether(items, "seed " + seed);
        }
        assertThatThrownBy(() -> QuizDraw.draw(pool, blueprint, most + 1, 1))
                .isInstanceOfSatisfying(PoolTooSmallException.class, e -> assertThat(e.available()).isEqualTo(most));
    }

    @Test
    void sameSeedSameQuizWhateverThePoolOrder() {
        List<Candidate> reversed = new ArrayList<>(pool);
        java.util.Collections.reverse(reversed);
        for (long seed = 1; seed <= 5; seed++) {
            assertThat(QuizDraw.draw(reversed, blueprint, 100, seed)).isEqualTo(QuizDraw.draw(pool, blueprint, 100, seed));
        }
    }

    private static Candidate single(String id, String... samePointAs) {
        return new Candidate(id, id.hashCode(), "a", 1, QuestionType.SINGLE, List.of("a", "b"), null, false, null, 0, 0,
                List.of(samePointAs));
    }

    private static List<Candidate> caseOf(String id, String firstTwin) {
        List<Candidate> list = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            list.add(new Candidate(id + "-" + i, (id + i).hashCode(), "a", 1, QuestionType.SINGLE, List.of("a", "b"),
                    null, false, id, i, 3, i == 1 && firstTwin != null ? List.of(firstTwin) : List.of()));
        }
        return list;
    }

    @Test
    void aDrawnCaseKeepsOutItsStandAloneTwinWhicheverSideDeclaredIt() {
        // Declared on the case's side, then on the stand-alone side: the same pair either way.
        for (boolean onCase : new boolean[]{true, false}) {
            List<Candidate> small = new ArrayList<>(caseOf("case", onCase ? "a-0" : null));
            small.add(onCase ? single("a-0") : single("a-0", "case-1"));
            for (int i = 1; i < 10; i++) {
                small.add(single("a-" + i));
            }
            for (long seed = 1; seed <= 30; seed++) {
                // 12 of 13 needs the case, so its twin must give way.
                List<String> ids = QuizDraw.draw(small, Map.of("a", 1), 12, seed).stream()
                        .map(DrawnItem::questionId).toList();
                assertThat(ids).contains("case-1", "case-2", "case-3").doesNotContain("a-0");
            }
            assertThatThrownBy(() -> QuizDraw.draw(small, Map.of("a", 1), 13, 1))
                    .isInstanceOfSatisfying(PoolTooSmallException.class, e -> assertThat(e.available()).isEqualTo(12));
        }
    }

    @Test
    void aCaseWhoseQuestionTwinsAnotherCaseIsNotDrawnWithIt() {
        List<Candidate> small = new ArrayList<>(caseOf("x", "y-2"));
        small.addAll(caseOf("y", null));
        for (int i = 0; i < 20; i++) {
            small.add(single("a-" + i));
        }
        Set<String> drawnCases = new HashSet<>();
        for (long seed = 1; seed <= 60; seed++) {
            List<String> ids = QuizDraw.draw(small, Map.of("a", 1), 18, seed).stream().map(DrawnItem::questionId).toList();
            assertThat(ids.contains("x-1") && ids.contains("y-1")).as("seed " + seed).isFalse();
            ids.stream().filter(id -> id.length() == 3 && !id.startsWith("a")).forEach(id -> drawnCases.add(id.substring(0, 1)));
        }
        assertThat(drawnCases).containsExactlyInAnyOrder("x", "y");
    }
}
