package com.massagetrainer.certification.ui;

import com.massagetrainer.certification.CertificationSettings;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/** One certification's settings as a form; fires {@link SaveEvent}. The blueprint is the bank's topic weights. */
class CertificationForm extends FormLayout {

    static final class SaveEvent extends ComponentEvent<CertificationForm> {
        private final long id;
        private final CertificationSettings settings;

        SaveEvent(CertificationForm source, long id, CertificationSettings settings) {
            super(source, false);
            this.id = id;
            this.settings = settings;
        }

        long id() {
            return id;
        }

        CertificationSettings settings() {
            return settings;
        }
    }

    private final Paragraph problem = new Paragraph();

    CertificationForm(long id, CertificationSettings s) {
        setId("certification-form-" + id);
        TextField title = new TextField("Title", s.title(), "");
        title.setMaxLength(200);
        IntegerField questions = field("Questions", s.questionCount());
        IntegerField minutes = field("Time limit (minutes)", s.timeLimitMinutes());
        IntegerField passMark = field("Pass mark (%)", s.passMark());
        IntegerField retake = field("Retake after (hours)", s.retakeHours());
        Checkbox active = new Checkbox("Offered to students", s.active());
        problem.addClassName("form-problem");
        problem.setVisible(false);
        Button save = new Button("Save", e -> {
            problem.setVisible(false);
            fireEvent(new SaveEvent(this, id, new CertificationSettings(title.getValue(), value(questions),
                    value(minutes), value(passMark), value(retake), active.getValue())));
        });
        save.setId("certification-save-" + id);
        add(title, questions, minutes, passMark, retake, active, problem, save);
    }

    void addSaveListener(ComponentEventListener<SaveEvent> listener) {
        addListener(SaveEvent.class, listener);
    }

    void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    private static IntegerField field(String label, int value) {
        IntegerField f = new IntegerField(label);
        f.setValue(value);
        return f;
    }

    private static int value(IntegerField f) {
        return f.getValue() == null ? 0 : f.getValue();
    }
}
