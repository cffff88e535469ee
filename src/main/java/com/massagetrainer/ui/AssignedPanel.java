package com.massagetrainer.ui;

import com.massagetrainer.classroom.AssignedQuiz;
import com.massagetrainer.classroom.AssignmentService;
import com.massagetrainer.classroom.ClassroomRuleException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** "Assigned to you": a student's assignments with due dates, status and a start or continue button. */
class AssignedPanel extends Div {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMM, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    AssignedPanel(AssignmentService assignments) {
        setId("assigned");
        List<AssignedQuiz> mine = assignments.myAssignments();
        setVisible(!mine.isEmpty());
        add(new H2("Assigned to you"));
        for (AssignedQuiz a : mine) {
            Span text = new Span(a.title() + " · " + a.className() + " · due " + DUE.format(a.dueAt()) + " · "
                    + a.status().label() + " · attempts " + a.attemptsUsed() + "/" + a.attemptsAllowed());
            Button go = new Button(a.openAttemptId() != null ? "Continue" : "Start", e -> {
                try {
                    long id = assignments.start(a.assignmentId());
                    getUI().ifPresent(ui -> ui.navigate("quiz/" + id));
                } catch (ClassroomRuleException ex) {
                    Notification.show(ex.getMessage(), 5000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            });
            go.setId("start-assignment-" + a.assignmentId());
            go.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            go.setEnabled(a.canStart());
            Div row = new Div(text, go);
            row.addClassName("weak-row");
            row.setId("assigned-" + a.assignmentId());
            add(row);
        }
    }
}
