package com.massagetrainer.quiz.ui;

import com.massagetrainer.bank.QuestionContent;
import com.massagetrainer.bank.QuestionContent.MatchPair;
import com.massagetrainer.bank.QuestionContent.Option;
import com.massagetrainer.bank.QuestionContent.OrderStep;
import com.massagetrainer.quiz.QuestionOnScreen;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Shows one question with the input its type needs: radio buttons (single, true/false), check boxes (multiple),
 * a select per left-hand item (matching) or a list with move up/down buttons (ordering). Texts are set as text,
 * never as HTML. Tells its listener whenever the answer changes.
 */
class QuestionPanel extends Div {

    private final QuestionOnScreen item;
    private final QuestionContent q;
    private final Runnable onChange;
    private RadioButtonGroup<String> radio;
    private CheckboxGroup<String> checks;
    private final Map<String, Select<String>> matches = new java.util.LinkedHashMap<>();
    private OrderingList ordering;
    private final H3 stem;

    QuestionPanel(QuestionOnScreen item, Runnable onChange) {
        this.item = item;
        this.q = item.question();
        this.onChange = onChange;
        setId("question");
        addClassName("question-panel");
        if (item.caseSet() != null) {
            add(new CaseBlock(item.caseSet(), ""));
        }
        if (q.scenario() != null) {
            Paragraph scenario = new Paragraph(q.scenario());
            scenario.setId("scenario");
            scenario.addClassName("scenario");
            add(scenario);
        }
        stem = new H3(q.stem());
        stem.setId("stem");
        stem.addClassName("stem");
        // Focus lands here when the student moves to this question (not a Tab stop: tabindex -1).
        stem.getElement().setAttribute("tabindex", "-1");
        add(stem);
        add(input());
    }

    private Component input() {
        Map<String, Option> options = q.options().stream().collect(Collectors.toMap(Option::id, Function.identity()));
        switch (q.type()) {
            case SINGLE, TRUE_FALSE -> {
                radio = new RadioButtonGroup<>();
                radio.setId("options");
                radio.setAriaLabel(q.stem());
                radio.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
                radio.setItems(item.presentation());
                radio.setItemLabelGenerator(id -> number(id) + options.get(id).text());
                if (!item.response().isEmpty()) {
                    radio.setValue(item.response().get(0));
                }
                radio.addValueChangeListener(e -> onChange.run());
                return radio;
            }
            case MULTIPLE -> {
                checks = new CheckboxGroup<>();
                checks.setId("options");
                checks.setLabel("Select all that apply");
                checks.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
                checks.setItems(item.presentation());
                checks.setItemLabelGenerator(id -> number(id) + options.get(id).text());
                checks.setValue(new HashSet<>(item.response()));
                checks.addValueChangeListener(e -> onChange.run());
                return checks;
            }
            case MATCHING -> {
                Map<String, MatchPair> pairs = q.pairs().stream().collect(Collectors.toMap(MatchPair::id, Function.identity()));
                Map<String, String> chosen = com.massagetrainer.bank.Scoring.matches(item.response());
                Div list = new Div();
                list.addClassName("matching");
                for (MatchPair pair : q.pairs()) {
                    Select<String> select = new Select<>();
                    select.setId("match-" + pair.id());
                    select.setLabel(pair.left());
                    select.setPlaceholder("Choose…");
                    select.setItems(item.presentation());
                    select.setItemLabelGenerator(id -> pairs.get(id).right());
                    select.setWidthFull();
                    if (chosen.containsKey(pair.id())) {
                        select.setValue(chosen.get(pair.id()));
                    }
                    select.addValueChangeListener(e -> onChange.run());
                    matches.put(pair.id(), select);
                    list.add(select);
                }
                return list;
            }
            case ORDERING -> {
                Map<String, OrderStep> steps = q.sequence().stream().collect(Collectors.toMap(OrderStep::id, Function.identity()));
                List<String> start = item.response().isEmpty() ? item.presentation() : item.response();
                ordering = new OrderingList(start, id -> steps.get(id).text(), onChange);
                return ordering;
            }
            default -> throw new IllegalStateException(q.type().name());
        }
    }

    private String number(String id) {
        return (item.presentation().indexOf(id) + 1) + ". ";
    }

    /** The question's heading, where focus goes when the student moves to this question. */
    H3 stem() {
        return stem;
    }

    /**
     * Exam: an ordering question counts as answered only once the student has put the steps in an order. A
     * student who agrees with the order shown says so with this button, which saves that order like a move does.
     */
    void offerKeepOrder() {
        if (ordering == null || !item.response().isEmpty()) {
            return;
        }
        Button keep = new Button("Keep this order");
        keep.setId("keep-order");
        keep.addClickListener(e -> {
            keep.setVisible(false);
            onChange.run();
        });
        ordering.onMove(() -> keep.setVisible(false));
        add(keep);
    }

    /** The current answer, or an empty list when it is not complete enough to save. */
    List<String> response() {
        return switch (q.type()) {
            case SINGLE, TRUE_FALSE -> radio.getValue() == null ? List.of() : List.of(radio.getValue());
            case MULTIPLE -> item.presentation().stream().filter(checks.getValue()::contains).toList();
            case MATCHING -> {
                List<String> entries = new ArrayList<>();
                matches.forEach((left, select) -> {
                    if (select.getValue() != null) {
                        entries.add(left + "=" + select.getValue());
                    }
                });
                yield entries;
            }
            case ORDERING -> ordering.order();
        };
    }

    /** Number keys: pick (or, for "select all", toggle) the n-th option. */
    void pick(int n) {
        if (n < 1 || n > item.presentation().size() || isReadOnly()) {
            return;
        }
        String id = item.presentation().get(n - 1);
        if (radio != null) {
            radio.setValue(id);
        } else if (checks != null) {
            Set<String> value = new HashSet<>(checks.getValue());
            if (!value.remove(id)) {
                value.add(id);
            }
            checks.setValue(value);
        }
    }

    void setReadOnly(boolean readOnly) {
        if (radio != null) {
            radio.setReadOnly(readOnly);
        }
        if (checks != null) {
            checks.setReadOnly(readOnly);
        }
        matches.values().forEach(s -> s.setReadOnly(readOnly));
        if (ordering != null) {
            ordering.setReadOnly(readOnly);
        }
    }

    private boolean isReadOnly() {
        return radio != null ? radio.isReadOnly() : checks != null && checks.isReadOnly();
    }
}
