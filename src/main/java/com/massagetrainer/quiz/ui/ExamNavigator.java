package com.massagetrainer.quiz.ui;

import com.massagetrainer.quiz.AttemptOnScreen;
import com.massagetrainer.quiz.QuestionOnScreen;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** The exam's question map: one button per question showing answered, flagged or blank; a click jumps there. */
class ExamNavigator extends Div {

    private final IntConsumer jump;
    private final List<Button> buttons = new ArrayList<>();

    ExamNavigator(IntConsumer jump) {
        this.jump = jump;
        setId("navigator");
        addClassName("navigator");
        getElement().setAttribute("role", "navigation");
        getElement().setAttribute("aria-label", "Questions");
    }

    /**
     * Shows each question's state. The buttons are made once per attempt and afterwards only the ones whose state
     * changed are touched: rebuilding a 100-button map on every answer cost most of an answer's round trip.
     */
    void show(AttemptOnScreen attempt, int current) {
        if (buttons.size() != attempt.questions().size()) {
            removeAll();
            buttons.clear();
            for (QuestionOnScreen q : attempt.questions()) {
                Button b = new Button(String.valueOf(q.position()), e -> jump.accept(q.position()));
                b.setId("nav-" + q.position());
                b.addThemeVariants(ButtonVariant.LUMO_SMALL);
                buttons.add(b);
                add(b);
            }
        }
        for (QuestionOnScreen q : attempt.questions()) {
            String state = q.flagged() ? "flagged" : q.isAnswered() ? "answered" : "blank";
            update(buttons.get(q.position() - 1), q.position(), state, q.position() == current);
        }
    }

    private static void update(Button b, int position, String state, boolean current) {
        String shown = b.getElement().getAttribute("data-state");
        if (!state.equals(shown)) {
            if (shown != null) {
                b.removeClassName("nav-" + shown);
            }
            b.addClassName("nav-" + state);
            b.setAriaLabel("Question " + position + ", " + state);
            b.getElement().setAttribute("data-state", state);
        }
        ButtonVariant wanted = current ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST;
        ButtonVariant other = current ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_PRIMARY;
        if (!b.getThemeNames().contains(wanted.getVariantName())) {
            b.removeThemeVariants(other);
            b.addThemeVariants(wanted);
        }
    }
}
