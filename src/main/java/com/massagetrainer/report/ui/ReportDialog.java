package com.massagetrainer.report.ui;

import com.massagetrainer.quiz.QuizRuleException;
import com.massagetrainer.report.ReportReason;
import com.massagetrainer.report.ReportRuleException;
import com.massagetrainer.report.ReportService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** Asks what is wrong with a question and sends the report; a refused report keeps what the student typed. */
class ReportDialog extends Dialog {

    private final RadioButtonGroup<ReportReason> reason = new RadioButtonGroup<>("What is wrong?");
    private final TextArea text = new TextArea("Details");
    private final Span error = new Span();

    ReportDialog(ReportService reports, long attemptId, int position, Runnable sent) {
        setId("report-dialog");
        setHeaderTitle("Report a problem with question " + position);
        reason.setId("report-reason");
        reason.setItems(ReportReason.values());
        reason.setItemLabelGenerator(ReportReason::label);
        reason.setValue(ReportReason.WRONG_KEY);
        text.setId("report-text");
        text.setWidthFull();
        text.setMaxLength(ReportService.MAX_TEXT); // the service's limit, so the field stops where the rule does
        text.setHelperText("Optional, except for \"Something else\". Say what the article says if you can.");
        error.setId("report-error");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        add(new Paragraph("An admin reads every report and answers on your home page."), reason, text, error);
        Button send = new Button("Send report", e -> {
            try {
                reports.report(attemptId, position, reason.getValue(), text.getValue());
                close();
                Notification.show("Thank you. You will see the answer on your home page.", 4000,
                        Notification.Position.BOTTOM_START);
                sent.run();
            } catch (ReportRuleException | QuizRuleException ex) {
                // Keep the dialog and the text: the student fixes and resends without retyping.
                error.setText(ex.getMessage());
            }
        });
        send.setId("report-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("report-cancel");
        getFooter().add(cancel, send);
    }
}
