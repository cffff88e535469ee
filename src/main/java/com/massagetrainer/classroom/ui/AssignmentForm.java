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
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * A new assignment for a class; fires {@link AssignEvent}. Times are shown and typed in the instructor's own time
 * zone (the browser's, once known) in the app's day-month-year format, and handed on as instants (stored in UTC).
 * After a successful assign the form starts afresh; the button is disabled while a click is being handled, so a
 * double click cannot assign twice.
 */
class AssignmentForm extends FormLayout {

    /** How the app writes dates ("5 Dec 2026"); typing 5/12/2026 or 2026-12-05 works too. */
    static final String DATE_FORMAT = "d MMM yyyy";
    // British English: day before month and a 24-hour clock, like every other date in the app.
    private static final Locale PICKER_LOCALE = Locale.UK;

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
    private final TextField title = new TextField("Title");
    private final CheckboxGroup<TopicSummary> topics = new CheckboxGroup<>("Topics (none ticked: all topics)");
    private final IntegerField count = number("assignment-count", "Questions", 10);
    private final RadioButtonGroup<QuizMode> mode = new RadioButtonGroup<>("Mode");
    private final IntegerField minutes = number("assignment-minutes", "Time limit (minutes)", 20);
    private final DateTimePicker opens = picker("assignment-opens", "Opens");
    private final DateTimePicker due = picker("assignment-due", "Due");
    private final IntegerField attempts = number("assignment-attempts", "Attempts allowed", 1);
    private final Checkbox review = new Checkbox("Students see the key and explanations after submitting", true);
    private final Button assign = new Button("Assign");
    private final java.time.Clock clock;
    private ZoneId zone = ZoneOffset.UTC;

    AssignmentForm(List<TopicSummary> topicList, java.time.Clock clock) {
        this.clock = clock;
        setId("assignment-form");
        title.setId("assignment-title");
        title.setMaxLength(200);
        topics.setId("assignment-topics");
        topics.setItems(topicList);
        topics.setItemLabelGenerator(TopicSummary::name);
        mode.setId("assignment-mode");
        mode.setItems(QuizMode.PRACTICE, QuizMode.EXAM);
        mode.setItemLabelGenerator(QuizMode::label);
        // A practice quiz has no time limit: the field only shows for exams.
        mode.addValueChangeListener(e -> minutes.setVisible(e.getValue() == QuizMode.EXAM));
        review.setId("assignment-review");
        problem.setId("assignment-problem");
        problem.addClassName("form-problem");
        problem.setVisible(false);
        assign.setId("assign");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.setDisableOnClick(true);
        assign.addClickListener(e -> {
            try {
                problem.setVisible(false);
                fireEvent(new AssignEvent(this, spec()));
            } finally {
                assign.setEnabled(true);
            }
        });
        reset();
        showZone();
        add(title, count, mode, minutes, opens, due, attempts, review, topics, problem, assign);
        setColspan(topics, 2);
    }

    /** What the form holds now, with its times turned into instants in the instructor's zone. */
    AssignmentSpec spec() {
        return new AssignmentSpec(title.getValue(), topics.getValue().stream().map(TopicSummary::id).toList(),
                value(count), mode.getValue(), mode.getValue() == QuizMode.EXAM ? minutes.getValue() : null,
                instant(opens), instant(due), value(attempts), review.getValue());
    }

    /** Back to a fresh form: opens at the start of this hour, due a week later, practice, ten questions. */
    void reset() {
        title.clear();
        topics.clear();
        count.setValue(10);
        mode.setValue(QuizMode.PRACTICE);
        minutes.setValue(20);
        minutes.setVisible(false);
        LocalDateTime start = LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.HOURS), zone);
        opens.setValue(start);
        due.setValue(start.plusDays(7));
        attempts.setValue(1);
        review.setValue(true);
        problem.setVisible(false);
    }

    /** Shows the times in this zone from now on; what is already entered keeps its moment in time. */
    void setZone(ZoneId newZone) {
        Instant o = instant(opens);
        Instant d = instant(due);
        zone = newZone;
        opens.setValue(o == null ? null : LocalDateTime.ofInstant(o, zone));
        due.setValue(d == null ? null : LocalDateTime.ofInstant(d, zone));
        showZone();
    }

    ZoneId zone() {
        return zone;
    }

    void addAssignListener(ComponentEventListener<AssignEvent> listener) {
        addListener(AssignEvent.class, listener);
    }

    void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    private void showZone() {
        String where = zone.equals(ZoneOffset.UTC) ? "UTC" : "your time, " + zone.getId();
        opens.setLabel("Opens (" + where + ")");
        due.setLabel("Due (" + where + ")");
        due.setHelperText("Date as day month year, e.g. 5 Dec 2026; 24-hour time.");
    }

    private Instant instant(DateTimePicker picker) {
        return picker.getValue() == null ? null : picker.getValue().atZone(zone).toInstant();
    }

    private static DateTimePicker picker(String id, String label) {
        DateTimePicker p = new DateTimePicker(label);
        p.setId(id);
        p.setLocale(PICKER_LOCALE);
        p.setDatePickerI18n(new DatePicker.DatePickerI18n().setDateFormats(DATE_FORMAT, "d/M/yyyy", "d.M.yyyy",
                "yyyy-MM-dd").setFirstDayOfWeek(1));
        return p;
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
