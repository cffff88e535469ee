package com.massagetrainer.report.ui;

import com.massagetrainer.quiz.ui.QuestionReporting;
import com.massagetrainer.report.ReportService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The quiz pages' "Report a problem" button, opening {@link ReportDialog}. */
@org.springframework.stereotype.Component
class ReportButtons implements QuestionReporting {

    private final ReportService reports;

    ReportButtons(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public Component reportControl(long attemptId, int position) {
        Button button = new Button("Report a problem", new Icon(VaadinIcon.FLAG_O));
        button.setId("report-" + position);
        button.addClassName("report-button");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.addClickListener(e -> new ReportDialog(reports, attemptId, position, () -> {
            button.setText("Reported");
            button.setEnabled(false);
        }).open());
        return button;
    }
}
