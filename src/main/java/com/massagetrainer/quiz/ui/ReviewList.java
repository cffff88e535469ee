package com.massagetrainer.quiz.ui;

import com.massagetrainer.quiz.QuestionOnScreen;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * The review of a finished attempt that still reads well at 100 questions: one collapsed card per question (verdict,
 * stem and the student's answer) that opens on click, Enter or Space to the full feedback, a filter (all, wrong only,
 * flagged only) and expand/collapse all. Only ever given questions whose review the viewer may see.
 */
public class ReviewList extends Div {

    /** Which questions the review shows. */
    public enum Filter {
        ALL("All", q -> true),
        WRONG("Wrong only", q -> !ReviewCard.isRight(q)),
        FLAGGED("Flagged only", QuestionOnScreen::flagged);

        private final String label;
        private final Predicate<QuestionOnScreen> shows;

        Filter(String label, Predicate<QuestionOnScreen> shows) {
            this.label = label;
            this.shows = shows;
        }

        boolean shows(QuestionOnScreen q) {
            return shows.test(q);
        }
    }

    private final List<QuestionOnScreen> questions;
    private final List<Details> cards = new ArrayList<>();
    private final RadioButtonGroup<Filter> filter = new RadioButtonGroup<>();
    private final Paragraph empty = new Paragraph();

    /**
     * @param decorate adds to a question's full card (e.g. a "report this question" control); may do nothing
     */
    public ReviewList(List<QuestionOnScreen> questions, Map<String, String> sourceTitles,
                      BiConsumer<QuestionOnScreen, ReviewCard> decorate) {
        this.questions = questions;
        setId("review-list");
        addClassName("review-list");
        filter.setId("review-filter");
        filter.setLabel("Show");
        filter.setItems(Filter.values());
        filter.setItemLabelGenerator(f -> f.label + " (" + count(f) + ")");
        filter.setItemEnabledProvider(f -> f == Filter.ALL || count(f) > 0);
        filter.setValue(Filter.ALL);
        filter.addValueChangeListener(e -> apply(e.getValue() == null ? Filter.ALL : e.getValue()));
        Button expand = new Button("Expand all", e -> setAllOpened(true));
        expand.setId("expand-all");
        Button collapse = new Button("Collapse all", e -> setAllOpened(false));
        collapse.setId("collapse-all");
        for (Button b : List.of(expand, collapse)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        Div tools = new Div(filter, new Div(expand, collapse));
        tools.addClassName("review-tools");
        empty.setId("review-empty");
        empty.setVisible(false);
        add(tools, empty);
        for (QuestionOnScreen q : questions) {
            ReviewCard full = new ReviewCard(q, sourceTitles, false, true, false);
            decorate.accept(q, full);
            Details card = new Details(summary(q), full);
            card.setId("review-item-" + q.position());
            card.addClassName("review-item");
            cards.add(card);
            add(card);
        }
    }

    /** Verdict, stem (two lines while collapsed, in full when open) and the student's answer. */
    private static Div summary(QuestionOnScreen q) {
        Div head = new Div(ReviewCard.verdictBadge(q));
        head.addClassName("review-head");
        if (q.flagged()) {
            Span flag = new Span("Flagged");
            flag.setId("flagged-" + q.position());
            flag.getElement().getThemeList().add("badge contrast");
            head.add(flag);
        }
        Span stem = new Span(q.position() + ". " + q.question().stem());
        stem.addClassName("review-stem");
        stem.setId("stem-" + q.position());
        Span answer = new Span(ReviewCard.yourAnswer(q));
        answer.addClassName("review-answer");
        answer.setId("your-answer-" + q.position());
        Div summary = new Div(head, stem, answer);
        summary.addClassName("review-summary");
        return summary;
    }

    private long count(Filter f) {
        return questions.stream().filter(f::shows).count();
    }

    private void apply(Filter f) {
        for (int i = 0; i < cards.size(); i++) {
            cards.get(i).setVisible(f.shows(questions.get(i)));
        }
        long shown = count(f);
        empty.setVisible(shown == 0);
        empty.setText(f == Filter.WRONG ? "No wrong answers: every question was answered right."
                : "No flagged questions.");
    }

    private void setAllOpened(boolean opened) {
        cards.forEach(c -> c.setOpened(opened));
    }

    /** The filter, for tests and for views that preselect one. */
    public void setFilter(Filter f) {
        filter.setValue(f);
    }
}
