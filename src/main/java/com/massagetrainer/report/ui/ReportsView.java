package com.massagetrainer.report.ui;

import com.massagetrainer.account.Role;
import com.massagetrainer.base.When;
import com.massagetrainer.report.ReportInQueue;
import com.massagetrainer.report.ReportRuleException;
import com.massagetrainer.report.ReportService;
import com.massagetrainer.report.ReportStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The admins' queue of question reports: open ones first, each answered as fixed or rejected with a reply. */
@Route("reports")
@PageTitle("Question reports · Massage Exam Trainer")
@Menu(title = "Question reports", order = 92, icon = "vaadin:flag")
@RolesAllowed(Role.ADMIN_NAME)
class ReportsView extends VerticalLayout {

    private final ReportService reports;
    private final Grid<ReportInQueue> grid = new Grid<>();
    private final Checkbox showAll = new Checkbox("Show answered reports too");
    private final Div detail = new Div();

    ReportsView(ReportService reports) {
        this.reports = reports;
        setId("reports-view");
        addClassName("page");
        showAll.setId("show-all");
        showAll.addValueChangeListener(e -> refresh());
        grid.setId("report-queue");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> r.questionId() + " v" + r.version()).setHeader("Question").setAutoWidth(true);
        grid.addColumn(r -> r.reason().label()).setHeader("Reason").setAutoWidth(true);
        grid.addColumn(ReportInQueue::details).setHeader("Text").setFlexGrow(3);
        grid.addColumn(r -> r.reporterName() + " <" + r.reporterEmail() + ">").setHeader("Reporter").setFlexGrow(1);
        grid.addColumn(r -> When.format(r.createdAt())).setHeader("Sent").setAutoWidth(true);
        grid.addColumn(r -> r.status().name().toLowerCase()).setHeader("Status").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> showDetail(e.getValue()));
        detail.setId("report-detail");
        detail.addClassName("report-detail");
        add(new H2("Question reports"), showAll, grid, detail);
        refresh();
    }

    private void refresh() {
        grid.setItems(reports.queue(showAll.getValue()));
        showDetail(null);
    }

    private void showDetail(ReportInQueue report) {
        detail.removeAll();
        if (report == null) {
            Paragraph hint = new Paragraph(grid.getListDataView().getItemCount() == 0 ? "No reports to answer."
                    : "Select a report to read the question and answer it.");
            hint.setId("report-hint");
            detail.add(hint);
            return;
        }
        Paragraph question = new Paragraph(reports.questionText(report.id()));
        question.setId("report-question");
        Paragraph said = new Paragraph(report.reason().label() + (report.details().isBlank() ? "" : ": " + report.details()));
        detail.add(new H3("Question " + report.questionId() + ", version " + report.version()), question, said);
        if (report.status() != ReportStatus.OPEN) {
            Paragraph answered = new Paragraph("Answered (" + report.status().name().toLowerCase() + "): "
                    + report.reply());
            answered.setId("report-answered");
            detail.add(answered);
            return;
        }
        TextArea reply = new TextArea("Reply to the student");
        reply.setId("report-reply");
        reply.setWidthFull();
        reply.setMaxLength(ReportService.MAX_TEXT);
        Span error = new Span();
        error.setId("resolve-error");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        Button fixed = new Button("Mark fixed", e -> resolve(report, ReportStatus.FIXED, reply, error));
        fixed.setId("mark-fixed");
        fixed.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reject = new Button("Reject", e -> resolve(report, ReportStatus.REJECTED, reply, error));
        reject.setId("reject");
        detail.add(reply, error, new HorizontalLayout(fixed, reject));
    }

    private void resolve(ReportInQueue report, ReportStatus outcome, TextArea reply, Span error) {
        try {
            reports.resolve(report.id(), outcome, reply.getValue());
        } catch (ReportRuleException e) {
            error.setText(e.getMessage());
            return;
        }
        Notification.show("Answered: the student sees your reply on their home page.", 3000,
                Notification.Position.BOTTOM_START);
        refresh();
    }
}
