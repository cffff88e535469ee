package com.massagetrainer.quiz.ui;

import com.massagetrainer.bank.QuestionContent;
import com.massagetrainer.bank.QuestionContent.MatchPair;
import com.massagetrainer.bank.QuestionContent.Option;
import com.massagetrainer.bank.QuestionContent.OrderStep;
import com.massagetrainer.bank.Scoring;
import com.massagetrainer.quiz.QuestionOnScreen;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;
import java.util.Map;

/**
 * Feedback on one answered question: right or wrong, the key, every option's rationale (marking the student's
 * choices), the explanation, and where it comes from (article title and section). Used after each practice answer
 * and for every question on the results page.
 */
public class ReviewCard extends Div {

    public ReviewCard(QuestionOnScreen item, Map<String, String> sourceTitles, boolean showQuestion) {
        this(item, sourceTitles, true, showQuestion, showQuestion);
    }

    /**
     * @param showVerdict  the right/wrong badge (left out where a collapsed summary already shows it)
     * @param showContext  the case and scenario the question comes with
     * @param showStem     the numbered stem
     */
    ReviewCard(QuestionOnScreen item, Map<String, String> sourceTitles, boolean showVerdict, boolean showContext,
               boolean showStem) {
        addClassName("review-card");
        setId("review-" + item.position());
        QuestionContent q = item.question();
        if (showVerdict) {
            add(verdictBadge(item));
        }
        if (showContext) {
            if (item.caseSet() != null) {
                add(new CaseBlock(item.caseSet(), "-" + item.position()));
            }
            if (q.scenario() != null) {
                add(new Paragraph(q.scenario()));
            }
        }
        if (showStem) {
            add(new H4(item.position() + ". " + q.stem()));
        }
        add(parts(q, item.response(), item.presentation()));
        Paragraph explanation = new Paragraph(q.explanation());
        explanation.addClassName("explanation");
        explanation.setId("explanation-" + item.position());
        add(explanation);
        UnorderedList sources = new UnorderedList();
        sources.addClassName("citations");
        q.citations().forEach(c -> sources.add(new ListItem(
                "Source: " + sourceTitles.getOrDefault(c.source(), c.source()) + " — " + c.section())));
        add(sources);
    }

    /** Fully right (partial credit is not). */
    static boolean isRight(QuestionOnScreen item) {
        return item.isAnswered() && item.score() != null && item.score() >= 1 - 1e-9;
    }

    /** "Correct", "Incorrect", "Partly correct (50%)" or "Not answered", as a badge with id verdict-N. */
    static Span verdictBadge(QuestionOnScreen item) {
        double score = item.score() == null ? 0 : item.score();
        String verdict = !item.isAnswered() ? "Not answered" : score >= 1 - 1e-9 ? "Correct"
                : score > 0 ? "Partly correct (" + Math.round(score * 100) + "%)" : "Incorrect";
        Span badge = new Span(verdict);
        badge.setId("verdict-" + item.position());
        badge.getElement().getThemeList().add("badge " + (score >= 1 - 1e-9 ? "success" : score > 0 ? "contrast" : "error"));
        return badge;
    }

    /** The student's answer in one line, for a collapsed review card. */
    static String yourAnswer(QuestionOnScreen item) {
        if (!item.isAnswered()) {
            return "Not answered";
        }
        QuestionContent q = item.question();
        List<String> response = item.response();
        return "Your answer: " + switch (q.type()) {
            case SINGLE, TRUE_FALSE, MULTIPLE -> q.options().stream().filter(o -> response.contains(o.id()))
                    .sorted(java.util.Comparator.comparingInt(o -> item.presentation().indexOf(o.id())))
                    .map(Option::text).collect(java.util.stream.Collectors.joining(" · "));
            case MATCHING -> {
                Map<String, String> chosen = Scoring.matches(response);
                long right = q.pairs().stream().filter(p -> p.id().equals(chosen.get(p.id()))).count();
                yield right + " of " + q.pairs().size() + " pairs matched right";
            }
            case ORDERING -> {
                long right = java.util.stream.IntStream.range(0, q.sequence().size())
                        .filter(i -> response.indexOf(q.sequence().get(i).id()) == i).count();
                yield right + " of " + q.sequence().size() + " steps in the right place";
            }
        };
    }

    private static Div parts(QuestionContent q, List<String> response, List<String> shownOrder) {
        Div list = new Div();
        list.addClassName("review-parts");
        switch (q.type()) {
            case SINGLE, TRUE_FALSE, MULTIPLE -> {
                // In the order the student saw them, not the authored order.
                List<Option> shown = q.options().stream()
                        .sorted(java.util.Comparator.comparingInt(o -> shownOrder.indexOf(o.id()))).toList();
                for (Option o : shown) {
                    boolean chosen = response.contains(o.id());
                    list.add(row(o.correct(), chosen, o.text(), o.rationale(),
                            (o.correct() ? "Right answer" : "Wrong answer") + (chosen ? " · you chose this" : "")));
                }
            }
            case MATCHING -> {
                Map<String, String> chosen = Scoring.matches(response);
                for (MatchPair p : q.pairs()) {
                    String picked = q.pairs().stream().filter(x -> x.id().equals(chosen.get(p.id()))).map(MatchPair::right)
                            .findFirst().orElse("nothing");
                    boolean right = p.id().equals(chosen.get(p.id()));
                    list.add(row(right, false, p.left() + " → " + p.right(), p.rationale(),
                            right ? "You matched this right" : "You chose: " + picked));
                }
            }
            case ORDERING -> {
                for (int i = 0; i < q.sequence().size(); i++) {
                    OrderStep s = q.sequence().get(i);
                    int yours = response.indexOf(s.id());
                    boolean right = yours == i;
                    list.add(row(right, false, (i + 1) + ". " + s.text(), s.rationale(),
                            right ? "You placed this right" : yours < 0 ? "Not placed" : "You put this at " + (yours + 1)));
                }
            }
        }
        return list;
    }

    private static Div row(boolean key, boolean chosen, String text, String rationale, String note) {
        Div row = new Div();
        row.addClassName("review-row");
        row.addClassName(key ? "is-key" : "not-key");
        if (chosen) {
            row.addClassName("is-chosen");
        }
        Span label = new Span(text);
        label.addClassName("review-text");
        Span tag = new Span(note);
        tag.addClassName("review-note");
        Paragraph why = new Paragraph(rationale);
        why.addClassName("rationale");
        row.add(label, tag, why);
        return row;
    }
}
