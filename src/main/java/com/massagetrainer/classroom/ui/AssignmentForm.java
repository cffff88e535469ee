package com.massagetrainer.classroom.ui;

import com.massagetrainer.bank.TopicSummary;
import com.massagetrainer.classroom.AssignmentSpec;
import com.massagetrainer.quiz.QuizMode;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** A new assignment for a class (times in UTC); fires {@link AssignEvent}. */
class AssignmentForm extends FormLayout {

    static final class AssignEvent extends ComponentEvent<AssignmentForm> {
        private final AssignmentSpec spec;

        AssignEvent(AssignmentForm source, AssignmentSpec spec) {
            super(source, false);
            this.spec = spec;
        }

        AssignmentSpec spec() {
            return spec;
        }
    }

    private final Paragraph problem = new Paragraph();

    AssignmentForm(List<TopicSummary> topicList, Instant now) {
        setId("assignment-form");
        TextField title = new TextField("Title");
        title.setId("assignment-title");
        title.setMaxLength(200);
        CheckboxGroup<TopicSummary> topics = new CheckboxGroup<>("Topics (none ticked: all topics)");
        topics.setId("assignment-topics");
        topics.setItems(topicList);
        topics.setItemLabelGenerator(TopicSummary::name);
        IntegerField count = number("assignment-count", "Questions", 10);
        RadioButtonGroup<QuizMode> mode = new RadioButtonGroup<>("Mode");
        mode.setId("assignment-mode");
        mode.setItems(QuizMode.PRACTICE, QuizMode.EXAM);
        mode.setItemLabelGenerator(QuizMode::label);
        mode.setValue(QuizMode.PRACTICE);
        IntegerField minutes = number("assignment-minutes", "Time limit (minutes, exams)", 20);
        LocalDateTime start = LocalDateTime.ofInstant(now.truncatedTo(ChronoUnit.HOURS), ZoneOffset.UTC);
        DateTimePicker opens = new DateTimePicker("Opens (UTC)", start);
        opens.setId("assignment-opens");
        DateTimePicker due = new DateTimePicker("Due (UTC)", start.plusDays(7));
        due.setId("assignment-due");
        IntegerField attempts = number("assignment-attempts", "Attempts allowed", 1);
        Checkbox review = new Checkbox("Students see the key and explanations after submitting", true);
        review.setId("assignment-review");
        problem.setId("assignment-problem");
        problem.addClassName("form-problem");
        problem.setVisible(false);
        Button assign = new Button("Assign", e -> {
            problem.setVisible(false);
            Instant o = opens.getValue() == null ? null : opens.getValue().toInstant(ZoneOffset.UTC);
            Instant d = due.getValue() == null ? null : due.getValue().toInstant(ZoneOffset.UTC);
            fireEvent(new AssignEvent(this, new AssignmentSpec(title.getValue(), topics.getValue().stream()
                    .map(TopicSummary::id).toList(), value(count), mode.getValue(),
                    mode.getValue() == QuizMode.EXAM ? minutes.getValue() : null, o, d, value(attempts),
                    review.getValue())));
        });
        assign.setId("assign");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(title, count, mode, minutes, opens, due, attempts, review, topics, problem, assign);
        setColspan(topics, 2);
    }

    void addAssignListener(ComponentEventListener<AssignEvent> listener) {
        addListener(AssignEvent.class, listener);
    }

    void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    private static IntegerField number(String id, String label, int value) {
        IntegerField f = new IntegerField(label);
        f.setId(id);
        f.setValue(value);
        return f;
    }

    private static int value(IntegerField f) {
        return f.getValue() == null ? 0 : f.getValue();
    }
}
