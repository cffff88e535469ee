package com.massagetrainer.quiz.ui;

import com.massagetrainer.KaribuTest;
import com.massagetrainer.bank.CognitiveLevel;
import com.massagetrainer.bank.QuestionContent;
import com.massagetrainer.bank.QuestionContent.MatchPair;
import com.massagetrainer.bank.QuestionContent.Option;
import com.massagetrainer.bank.QuestionContent.OrderStep;
import com.massagetrainer.bank.QuestionType;
import com.massagetrainer.bank.Scoring;
import com.massagetrainer.quiz.QuestionOnScreen;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Each question type's input, driven as a student would, gives the response the scorer expects. */
class QuestionPanelTest extends KaribuTest {

    private final List<Integer> changes = new ArrayList<>();

    private QuestionPanel show(QuestionContent q, List<String> presentation) {
        QuestionPanel panel = new QuestionPanel(new QuestionOnScreen(1, "t", "Topic", q, presentation, List.of(), null,
                false, null), () -> changes.add(1));
        UI.getCurrent().add(panel);
        return panel;
    }

    private static QuestionContent options(QuestionType type, String scenario) {
        return new QuestionContent("q", "t", type, scenario, 1, CognitiveLevel.RECALL, "<b>Which</b> strokes glide?",
                List.of(new Option("a", "Effleurage", true, "w"), new Option("b", "Petrissage", false, "w"),
                        new Option("c", "<script>alert(1)</script>", type == QuestionType.MULTIPLE, "w")),
                null, null, "x", List.of(), null);
    }

    @Test
    void singleShowsScenarioAboveTheStemAsTextAndNumberKeysPickInShownOrder() {
        QuestionPanel panel = show(options(QuestionType.SINGLE, "A 45-year-old <i>office</i> worker"), List.of("c", "a", "b"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("scenario")).getText()).isEqualTo("A 45-year-old <i>office</i> worker");
        assertThat(_get(H3.class, spec -> spec.withId("stem")).getText()).isEqualTo("<b>Which</b> strokes glide?");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> radio = _get(RadioButtonGroup.class, spec -> spec.withId("options"));
        assertThat(radio.getItemLabelGenerator().apply("c")).isEqualTo("1. <script>alert(1)</script>");
        panel.pick(2);
        assertThat(panel.response()).containsExactly("a");
        assertThat(changes).isNotEmpty();
    }

    @Test
    void multipleTogglesWithNumberKeysAndSaysSelectAllThatApply() {
        QuestionPanel panel = show(options(QuestionType.MULTIPLE, null), List.of("b", "c", "a"));
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> checks = _get(CheckboxGroup.class, spec -> spec.withId("options"));
        assertThat(checks.getLabel()).isEqualTo("Select all that apply");
        panel.pick(2);
        panel.pick(3);
        panel.pick(1);
        panel.pick(1);
        assertThat(panel.response()).containsExactly("c", "a");
        _setValue(checks, Set.of("b"));
        assertThat(panel.response()).containsExactly("b");
    }

    @Test
    void matchingHasOneSelectPerLeftItem() {
        QuestionContent q = new QuestionContent("m", "t", QuestionType.MATCHING, null, 1, CognitiveLevel.RECALL, "Match",
                null, List.of(new MatchPair("p1", "Effleurage", "Gliding", "w"), new MatchPair("p2", "Petrissage", "Kneading", "w"),
                new MatchPair("p3", "Friction", "Rubbing", "w")), null, "x", List.of(), null);
        QuestionPanel panel = show(q, List.of("p3", "p1", "p2"));
        @SuppressWarnings("unchecked")
        Select<String> first = _get(Select.class, spec -> spec.withId("match-p1"));
        assertThat(first.getLabel()).isEqualTo("Effleurage");
        assertThat(first.getItemLabelGenerator().apply("p3")).isEqualTo("Rubbing");
        _setValue(first, "p1");
        @SuppressWarnings("unchecked")
        Select<String> second = _get(Select.class, spec -> spec.withId("match-p2"));
        _setValue(second, "p3");
        assertThat(panel.response()).containsExactly("p1=p1", "p2=p3");
        assertThat(Scoring.score(q, panel.response())).isEqualTo(1.0 / 3);
    }

    @Test
    void orderingMovesStepsWithUpAndDownButtons() {
        QuestionContent q = new QuestionContent("o", "t", QuestionType.ORDERING, null, 1, CognitiveLevel.RECALL, "Order",
                null, null, List.of(new OrderStep("s1", "Warm up", "w"), new OrderStep("s2", "Knead", "w"),
                new OrderStep("s3", "Press", "w")), "x", List.of(), null);
        QuestionPanel panel = show(q, List.of("s3", "s1", "s2"));
        assertThat(panel.response()).containsExactly("s3", "s1", "s2");
        assertThat(_get(Button.class, spec -> spec.withId("up-1")).isEnabled()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("down-1")));
        assertThat(panel.response()).containsExactly("s1", "s3", "s2");
        _click(_get(Button.class, spec -> spec.withId("down-2")));
        assertThat(panel.response()).containsExactly("s1", "s2", "s3");
        assertThat(Scoring.score(q, panel.response())).isEqualTo(1.0);
        panel.setReadOnly(true);
        assertThat(_get(Button.class, spec -> spec.withId("up-2")).isEnabled()).isFalse();
    }
}
