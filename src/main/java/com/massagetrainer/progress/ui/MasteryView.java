package com.massagetrainer.progress.ui;

import com.massagetrainer.progress.Dashboard;
import com.massagetrainer.progress.TopicMastery;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;

import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * Mastery of all topics as a bar chart with the pass-mark line, or, on request, as an accessible table. A topic with
 * too few answers has no bar, only "not started" or "too few answers (n)". On a phone the table stands in for the
 * chart (CSS: the chart's topic names would leave no room for bars), so both stay in the page and the toggle only
 * switches a class.
 */
class MasteryView extends Div {

    MasteryView(Dashboard d) {
        setId("mastery");
        addClassName("mastery-view");
        TrainerChart chart = TrainerChart.masteryBars(d.topics(), d.passMark());
        Grid<TopicMastery> table = new Grid<>();
        table.setId("mastery-table");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.addColumn(TopicMastery::topicName).setHeader("Topic").setFlexGrow(3).setSortable(true);
        table.addColumn(TopicMastery::masteryText).setHeader("Mastery").setFlexGrow(1)
                .setComparator(Comparator.comparing(t -> t.shownMastery().orElse(-1.0)));
        table.addColumn(TopicMastery::answers).setHeader("Answers").setFlexGrow(1).setSortable(true);
        table.addColumn(t -> status(t, d.passMark())).setHeader("Status").setFlexGrow(1);
        table.setItems(d.topics());
        table.setAllRowsVisible(true);
        Div chartBox = new Div(chart);
        chartBox.addClassName("mastery-chart-box");
        Div tableBox = new Div(table);
        tableBox.addClassName("mastery-table-box");
        Button toggle = new Button("Show as table");
        toggle.setId("mastery-toggle");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.addClickListener(e -> {
            boolean showTable = !hasClassName("as-table");
            setClassName("as-table", showTable);
            toggle.setText(showTable ? "Show as chart" : "Show as table");
        });
        add(toggle, chartBox, tableBox);
    }

    /** Whether the table (not the chart) is shown at desktop width. */
    boolean showsTable() {
        return hasClassName("as-table");
    }

    static String status(TopicMastery t, int passMark) {
        if (!t.enoughData()) {
            return "answer " + (TopicMastery.MIN_ANSWERS - t.answers()) + " more";
        }
        return 100 * t.mastery() >= passMark ? "on target" : "below target";
    }

    /** A text version of the chart for screen readers. */
    static String describeTopics(java.util.List<TopicMastery> topics, int passMark) {
        return "Mastery by topic, target " + passMark + "%: " + topics.stream()
                .map(t -> t.topicName() + " " + t.masteryText()).collect(Collectors.joining("; "));
    }
}
