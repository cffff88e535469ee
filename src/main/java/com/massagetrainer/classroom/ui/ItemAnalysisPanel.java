package com.massagetrainer.classroom.ui;

import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.bank.CurrentQuestion;
import com.massagetrainer.bank.QuestionContent;
import com.massagetrainer.classroom.ItemStatistics;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Item analysis as an instructor reads it: test figures, questions to review, and every question's statistics.
 * Questions are shown by their stem (wrapped, never cut); a row opens to show each option's text, how often it was
 * chosen and which is the key.
 */
class ItemAnalysisPanel extends Div {

    private final Map<String, QuestionContent> contents;

    ItemAnalysisPanel(ItemStatistics.Analysis a, BankCatalog bank) {
        setId("item-analysis");
        contents = bank.currentVersionsOf(a.items().stream().map(ItemStatistics.Item::questionId).toList())
                .stream().collect(Collectors.toMap(CurrentQuestion::questionId, q -> bank.content(q.versionId()),
                        (x, y) -> x));
        ItemStatistics.Test t = a.test();
        Paragraph figures = new Paragraph(t.students() + " students · mean " + f(t.mean()) + " points · SD "
                + f(t.standardDeviation()) + " · KR-20 " + (t.kr20() == null
                ? "n/a (students drew different questions; fewer than 2 in common)"
                : f(t.kr20()) + " over the " + t.completeItems() + " questions everyone answered"));
        figures.setId("test-figures");
        Paragraph threshold = new Paragraph("A question is flagged only once " + ItemStatistics.MIN_RESPONSES
                + " or more students have answered it.");
        threshold.setId("flag-threshold");
        threshold.addClassName("item-hint");
        add(figures, new H3("Questions to review"), threshold);
        UnorderedList review = new UnorderedList();
        review.setId("questions-to-review");
        review.addClassName("review-list");
        a.toReview().forEach(i -> {
            ListItem item = new ListItem(new Span(stem(i.questionId())), new Span(" (" + i.questionId() + "): "),
                    new Span(String.join("; ", i.flags())));
            item.setId("review-" + i.questionId());
            review.add(item);
        });
        if (a.toReview().isEmpty()) {
            review.add(new ListItem("None flagged."));
        }
        Grid<ItemStatistics.Item> grid = new Grid<>();
        grid.setId("item-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::questionCell).setHeader("Question (open a row for its options)")
                .setComparator(ItemStatistics.Item::questionId).setKey("question").setFlexGrow(1)
                .setWidth("16rem");
        grid.addColumn(ItemStatistics.Item::responses).setHeader("Responses").setSortable(true).setAutoWidth(true)
                .setFlexGrow(0).setKey("responses");
        grid.addColumn(i -> f(i.facility())).setHeader("Facility").setComparator(ItemStatistics.Item::facility)
                .setAutoWidth(true).setFlexGrow(0).setKey("facility");
        grid.addColumn(i -> i.discrimination() == null ? "–" : f(i.discrimination())).setHeader("Discrimination")
                .setComparator(i -> i.discrimination() == null ? -2 : i.discrimination()).setAutoWidth(true)
                .setFlexGrow(0).setKey("discrimination");
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::optionsOf));
        grid.setDetailsVisibleOnClick(true);
        grid.setItems(a.items());
        grid.setAllRowsVisible(true);
        add(review, new H3("All questions"), grid);
    }

    private Div questionCell(ItemStatistics.Item i) {
        Span id = new Span(i.questionId());
        id.addClassName("item-id");
        Div cell = new Div(new Span(stem(i.questionId())), id);
        cell.addClassName("item-stem");
        return cell;
    }

    /** Every option with its text, how often it was chosen and whether it is the key. */
    Div optionsOf(ItemStatistics.Item i) {
        Div details = new Div();
        details.setId("options-" + i.questionId());
        details.addClassName("item-options");
        QuestionContent content = contents.get(i.questionId());
        if (content == null || content.options() == null || content.options().isEmpty()) {
            details.add(new Paragraph("No options to count for this question type."));
            return details;
        }
        UnorderedList list = new UnorderedList();
        for (QuestionContent.Option o : content.options()) {
            int chosen = i.optionCounts().getOrDefault(o.id(), 0);
            ListItem li = new ListItem(o.id() + ". " + o.text() + " · chosen " + chosen + " time" + (chosen == 1 ? "" : "s")
                    + (o.correct() ? " · key" : ""));
            if (o.correct()) {
                li.addClassName("item-key");
            }
            list.add(li);
        }
        details.add(list);
        return details;
    }

    private String stem(String questionId) {
        QuestionContent c = contents.get(questionId);
        return c == null ? questionId : c.stem();
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
