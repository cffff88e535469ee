package com.massagetrainer.quiz.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Steps to put in order, each with keyboard-reachable "move up" and "move down" buttons. */
class OrderingList extends Div {

    private final List<String> order;
    private final Function<String, String> text;
    private final Runnable onChange;
    private boolean readOnly;
    private Runnable moved = () -> { };

    OrderingList(List<String> start, Function<String, String> text, Runnable onChange) {
        this.order = new ArrayList<>(start);
        this.text = text;
        this.onChange = onChange;
        setId("ordering");
        addClassName("ordering");
        render();
    }

    List<String> order() {
        return List.copyOf(order);
    }

    /** Also tells this listener when a step is moved (before the change listener saves the order). */
    void onMove(Runnable listener) {
        this.moved = listener;
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        render();
    }

    private void move(int index, int delta) {
        int target = index + delta;
        if (readOnly || target < 0 || target >= order.size()) {
            return;
        }
        order.add(target, order.remove(index));
        render();
        moved.run();
        onChange.run();
        // Keep the keyboard user on the step they are moving.
        getChildren().skip(target).findFirst().flatMap(row -> row.getChildren()
                .filter(c -> c instanceof Button).skip(delta < 0 ? 0 : 1).findFirst())
                .ifPresent(c -> ((Button) c).focus());
    }

    private void render() {
        removeAll();
        for (int i = 0; i < order.size(); i++) {
            int index = i;
            String label = text.apply(order.get(i));
            Span position = new Span((i + 1) + ".");
            position.addClassName("ordering-position");
            Span step = new Span(label);
            step.addClassName("ordering-text");
            Button up = new Button(new Icon(VaadinIcon.ARROW_UP), e -> move(index, -1));
            up.setId("up-" + (i + 1));
            up.setAriaLabel("Move up: " + label);
            up.setEnabled(!readOnly && i > 0);
            Button down = new Button(new Icon(VaadinIcon.ARROW_DOWN), e -> move(index, 1));
            down.setId("down-" + (i + 1));
            down.setAriaLabel("Move down: " + label);
            down.setEnabled(!readOnly && i < order.size() - 1);
            for (Button b : new Button[]{up, down}) {
                b.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            }
            Div row = new Div(position, step, up, down);
            row.addClassName("ordering-row");
            add(row);
        }
    }
}
