package com.massagetrainer.study.ui;

import com.massagetrainer.quiz.QuizRuleException;
import com.massagetrainer.study.PlanSettings;
import com.massagetrainer.study.StudyPlanService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;

/** Sets the exam date and the study days. Days are counted in the browser's time zone, sent along when saving. */
class PlanDialog extends Dialog {

    private final DatePicker examDate = new DatePicker("Exam date");
    private final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>("Days I study");
    private final Paragraph error = new Paragraph();
    private String browserZone;

    PlanDialog(StudyPlanService plans, Optional<PlanSettings> current, LocalDate today, Runnable saved) {
        setId("plan-dialog");
        setHeaderTitle("Your study plan");
        examDate.setId("plan-exam-date");
        examDate.setMin(today);
        examDate.setRequiredIndicatorVisible(true);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("d MMM yyyy");
        i18n.setFirstDayOfWeek(1);
        examDate.setI18n(i18n);
        examDate.setHelperText("The day of your licensing exam");
        days.setId("plan-days");
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        days.setRequiredIndicatorVisible(true);
        error.setId("plan-error");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        current.ifPresentOrElse(p -> {
            examDate.setValue(p.examDate());
            days.setValue(p.studyDays());
            browserZone = p.zone().getId();
        }, () -> days.setValue(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)));
        // The browser's zone, so "today" is the student's today.
        UI.getCurrent().getPage().retrieveExtendedClientDetails(d -> browserZone = d.getTimeZoneId());
        add(new Paragraph("We spread the questions you have not seen over your study days before the exam, add the "
                + "reviews falling due and practice in your weakest topics."), examDate, days, error);
        Button save = new Button("Save plan", e -> {
            try {
                plans.savePlan(examDate.getValue(), days.getValue(), browserZone);
                close();
                saved.run();
            } catch (QuizRuleException ex) {
                error.setText(ex.getMessage());
            }
        });
        save.setId("plan-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("plan-cancel");
        getFooter().add(cancel, save);
        if (current.isPresent()) {
            Button delete = new Button("Remove plan", e -> {
                plans.deletePlan();
                close();
                saved.run();
            });
            delete.setId("plan-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().addComponentAtIndex(0, delete);
        }
    }
}
