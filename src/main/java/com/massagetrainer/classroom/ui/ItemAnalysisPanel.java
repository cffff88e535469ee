package com.massagetrainer.classroom.ui;

import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.bank.CurrentQuestion;
import com.massagetrainer.classroom.ItemStatistics;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Item analysis as an instructor reads it: test figures, questions to review, and every question's statistics. */
class ItemAnalysisPanel extends Div {

    ItemAnalysisPanel(ItemStatistics.Analysis a, BankCatalog bank) {
        setId("item-analysis");
        Map<String, String> stems = bank.currentVersionsOf(a.items().stream().map(ItemStatistics.Item::questionId).toList())
                .stream().collect(Collectors.toMap(CurrentQuestion::questionId, q -> bank.content(q.versionId()).stem(),
                        (x, y) -> x));
        ItemStatistics.Test t = a.test();
        Paragraph figures = new Paragraph(t.students() + " students · mean " + f(t.mean()) + " points · SD "
                + f(t.standardDeviation()) + " · KR-20 " + (t.kr20() == null
                ? "n/a (students drew different questions; fewer than 2 in common)"
                : f(t.kr20()) + " over the " + t.completeItems() + " questions everyone answered"));
        figures.setId("test-figures");
        add(figures, new H3("Questions to review"));
        UnorderedList review = new UnorderedList();
        review.setId("questions-to-review");
        a.toReview().forEach(i -> review.add(new ListItem(i.questionId() + ": " + String.join("; ", i.flags()))));
        if (a.toReview().isEmpty()) {
            review.add(new ListItem("None flagged (flags need " + ItemStatistics.MIN_RESPONSES + " responses or more)."));
        }
        Grid<ItemStatistics.Item> grid = new Grid<>();
        grid.setId("item-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ItemStatistics.Item::questionId).setHeader("Question").setSortable(true).setAutoWidth(true);
        grid.addColumn(i -> stems.getOrDefault(i.questionId(), "")).setHeader("Stem").setFlexGrow(3);
        grid.addColumn(ItemStatistics.Item::responses).setHeader("Responses").setSortable(true).setAutoWidth(true);
        grid.addColumn(i -> f(i.facility())).setHeader("Facility").setComparator(ItemStatistics.Item::facility)
                .setAutoWidth(true);
        grid.addColumn(i -> i.discrimination() == null ? "–" : f(i.discrimination())).setHeader("Discrimination")
                .setComparator(i -> i.discrimination() == null ? -2 : i.discrimination()).setAutoWidth(true);
        grid.addColumn(i -> i.optionCounts().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(" "))).setHeader("Options chosen").setAutoWidth(true);
        grid.setItems(a.items());
        grid.setAllRowsVisible(true);
        add(review, new H3("All questions"), grid);
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
