package com.massagetrainer.quiz.ui;

import com.massagetrainer.quiz.AttemptOnScreen;
import com.massagetrainer.quiz.QuestionOnScreen;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;

import java.util.function.IntConsumer;

/** The exam's question map: one button per question showing answered, flagged or blank; a click jumps there. */
class ExamNavigator extends Div {

    private final IntConsumer jump;

    ExamNavigator(IntConsumer jump) {
        this.jump = jump;
        setId("navigator");
        addClassName("navigator");
        getElement().setAttribute("role", "navigation");
        getElement().setAttribute("aria-label", "Questions");
    }

    void show(AttemptOnScreen attempt, int current) {
        removeAll();
        for (QuestionOnScreen q : attempt.questions()) {
            String state = q.flagged() ? "flagged" : q.isAnswered() ? "answered" : "blank";
            Button b = new Button(String.valueOf(q.position()), e -> jump.accept(q.position()));
            b.setId("nav-" + q.position());
            b.addClassName("nav-" + state);
            b.addThemeVariants(ButtonVariant.LUMO_SMALL,
                    q.position() == current ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
            b.setAriaLabel("Question " + q.position() + ", " + state);
            b.getElement().setAttribute("data-state", state);
            add(b);
        }
    }
}
