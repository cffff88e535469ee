package com.massagetrainer.classroom;

import com.massagetrainer.classroom.ItemStatistics.Analysis;
import com.massagetrainer.classroom.ItemStatistics.Item;
import com.massagetrainer.classroom.ItemStatistics.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ItemStatisticsTest {

    private static List<Response> matrix(String rows) {
        List<Response> responses = new ArrayList<>();
        String[] lines = rows.strip().split("\n");
        for (int s = 0; s < lines.length; s++) {
            String[] cells = lines[s].trim().split("\\s+");
            for (int i = 0; i < cells.length; i++) {
                responses.add(new Response(s, "q" + (10 + i), Double.parseDouble(cells[i]), List.of()));
            }
        }
        return responses;
    }

    /**
     * Published worked example: Real Statistics Using Excel (C. Zaiontz), "Kuder and Richardson Formula 20",
     * Example 1: 12 students answer 11 right/wrong questions; the published KR-20 is 0.738.
     */
    @Test
    void kr20MatchesThePublishedRealStatisticsExample() {
        Analysis a = ItemStatistics.analyse(matrix("""
                1 1 1 1 1 1 1 1 1 1 1
                1 1 1 1 1 1 1 1 0 1 0
                1 0 1 1 1 1 1 1 1 0 0
                1 1 1 0 1 1 0 1 1 0 0
                1 1 1 1 1 0 0 0 1 0 0
                0 1 1 0 1 1 1 1 0 0 0
                1 1 1 1 0 0 1 0 0 0 0
                1 1 1 1 1 0 0 0 0 0 0
                0 1 0 1 1 0 0 0 0 1 0
                1 0 0 1 0 1 0 0 0 0 0
                1 1 1 0 0 0 0 0 0 0 0
                1 0 0 1 0 0 0 0 0 0 0
                """), Map.of());
        assertThat(a.test().kr20()).isCloseTo(0.738, within(0.0005));
        assertThat(a.test().students()).isEqualTo(12);
        assertThat(a.test().mean()).isCloseTo(5.75, within(1e-12));
        assertThat(a.test().standardDeviation()).isCloseTo(Math.sqrt(6.520833333), within(1e-6));
        assertThat(a.items().get(0).facility()).isCloseTo(10.0 / 12, within(1e-12));
        assertThat(a.items().get(10).facility()).isCloseTo(1.0 / 12, within(1e-12));
    }

    /** A hand-computed point-biserial: 4 students, the item right for the two with the higher rest scores. */
    @Test
    void discriminationIsTheCorrelationWithTheRestScore() {
        Analysis a = ItemStatistics.analyse(matrix("""
                1 1 1
                1 1 0
                0 0 1
                0 0 0
                """), Map.of());
        // Item q10: x = (1,1,0,0); rest = (2,1,1,0); mean x .5, mean rest 1; sxy = .5*1 + .5*0 - .5*0 - .5*-1 = 1;
        // sxx = 1; syy = 1 + 0 + 0 + 1 = 2; r = 1 / sqrt(2) = 0.7071.
        assertThat(a.items().get(0).discrimination()).isCloseTo(1 / Math.sqrt(2), within(1e-12));
    }

    @Test
    void flagsTooEasyTooHardFlatAndAttractiveDistractors() {
        List<Response> rs = new ArrayList<>();
        for (int s = 0; s < 20; s++) {
            boolean strong = s < 6;
            rs.add(new Response(s, "easy", 1, List.of("a")));
            rs.add(new Response(s, "hard", s == 0 ? 1 : 0, List.of(s == 0 ? "a" : "b")));
            // Strong students pick distractor c; weaker ones pick the key a.
            rs.add(new Response(s, "tricky", strong ? 0 : 1, List.of(strong ? "c" : "a")));
            rs.add(new Response(s, "anchor", strong ? 1 : 0, List.of()));
            rs.add(new Response(s, "anchor2", strong ? 1 : 0, List.of()));
        }
        Analysis a = ItemStatistics.analyse(rs, Map.of("easy", Set.of("a"), "hard", Set.of("a"), "tricky", Set.of("a")));
        Map<String, Item> byId = new java.util.HashMap<>();
        a.items().forEach(i -> byId.put(i.questionId(), i));
        assertThat(byId.get("easy").flags()).anyMatch(f -> f.startsWith("very easy"));
        assertThat(byId.get("hard").flags()).anyMatch(f -> f.startsWith("very hard"));
        assertThat(byId.get("tricky").flags()).anyMatch(f -> f.contains("distractor c"))
                .anyMatch(f -> f.startsWith("does not separate"));
        assertThat(byId.get("tricky").optionCounts()).containsEntry("a", 14).containsEntry("c", 6);
        assertThat(byId.get("anchor").flags()).isEmpty();
        assertThat(a.toReview()).extracting(Item::questionId).contains("easy", "hard", "tricky").doesNotContain("anchor");
    }

    @Test
    void fewResponsesRaiseNoFacilityFlags() {
        List<Response> rs = List.of(new Response(1, "q", 0, List.of()), new Response(2, "q", 0, List.of()));
        assertThat(ItemStatistics.analyse(rs, Map.of()).items().get(0).flags()).isEmpty();
    }

    @Test
    void noFlagAtAllBelowTheThresholdTheViewQuotes() {
        // Two responses where the stronger student picked a distractor: this used to be flagged while the panel
        // said flags need MIN_RESPONSES responses.
        List<Response> few = List.of(new Response(1, "q", 0, List.of("c")), new Response(2, "q", 1, List.of("a")),
                new Response(1, "other", 1, List.of()), new Response(2, "other", 0, List.of()));
        assertThat(ItemStatistics.analyse(few, Map.of("q", Set.of("a"))).toReview()).isEmpty();
        // The same pattern at the threshold is flagged.
        List<Response> enough = new ArrayList<>();
        for (int s = 0; s < ItemStatistics.MIN_RESPONSES; s++) {
            boolean strong = s < 3;
            enough.add(new Response(s, "q", strong ? 0 : 1, List.of(strong ? "c" : "a")));
            enough.add(new Response(s, "other", strong ? 1 : 0, List.of()));
            enough.add(new Response(s, "other2", strong ? 1 : 0, List.of()));
        }
        assertThat(ItemStatistics.analyse(enough, Map.of("q", Set.of("a"))).toReview()).extracting(Item::questionId)
                .contains("q");
    }
}
