package com.massagetrainer.ui;

import com.massagetrainer.classroom.ClassSummary;
import com.massagetrainer.classroom.ClassroomRuleException;
import com.massagetrainer.classroom.ClassroomService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;

/** On a student's home: the classes they are in, and a field to join one with the instructor's code. */
class JoinClassBox extends Div {

    private final Paragraph memberships = new Paragraph();

    JoinClassBox(ClassroomService classes) {
        setId("join-class");
        addClassName("join-class");
        memberships.setId("my-classes");
        TextField code = new TextField();
        code.setId("join-code-field");
        code.setPlaceholder("Class code, e.g. K7M-2QX");
        code.setAriaLabel("Class code");
        code.setMaxLength(20);
        Button join = new Button("Join class", e -> {
            try {
                code.setInvalid(false);
                ClassSummary joined = classes.join(code.getValue());
                code.clear();
                show(classes.myMemberships());
                Notification.show("You joined " + joined.name() + ".", 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ClassroomRuleException ex) {
                code.setErrorMessage(ex.getMessage());
                code.setInvalid(true);
            }
        });
        join.setId("join-class-button");
        // Enter in the field joins, as in any one-field form.
        join.addClickShortcut(Key.ENTER).listenOn(code);
        HorizontalLayout row = new HorizontalLayout(code, join);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(memberships, row);
        show(classes.myMemberships());
    }

    private void show(List<String> names) {
        memberships.setText(names.isEmpty() ? "You are not in a class yet. Got a code from your instructor?"
                : "Your classes: " + String.join(", ", names) + ".");
    }
}
