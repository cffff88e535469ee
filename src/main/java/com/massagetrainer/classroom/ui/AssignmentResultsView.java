package com.massagetrainer.classroom.ui;

import com.massagetrainer.base.RouteIds;
import com.massagetrainer.account.Role;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.classroom.AssignmentService;
import com.massagetrainer.classroom.ItemAnalysisService;
import com.massagetrainer.classroom.ResultRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** One assignment's results: each student's status, best and last score, time used; review an attempt; CSV. */
@Route("classes/:classId/assignments/:assignmentId")
@PageTitle("Assignment results · Massage Exam Trainer")
@RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
class AssignmentResultsView extends VerticalLayout implements BeforeEnterObserver {

    private final AssignmentService assignments;
    private final ItemAnalysisService itemAnalysis;
    private final BankCatalog bank;

    AssignmentResultsView(AssignmentService assignments, ItemAnalysisService itemAnalysis, BankCatalog bank) {
        this.assignments = assignments;
        this.itemAnalysis = itemAnalysis;
        this.bank = bank;
        setId("assignment-results-view");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long classId;
        long assignmentId;
        AssignmentService.AssignmentView a;
        try {
            classId = RouteIds.id(event.getRouteParameters(), "classId").orElseThrow();
            assignmentId = RouteIds.id(event.getRouteParameters(), "assignmentId").orElseThrow();
            a = assignments.assignment(assignmentId);
        } catch (AccessDeniedException | java.util.NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class, "No such assignment.");
            return;
        }
        removeAll();
        Grid<ResultRow> grid = new Grid<>();
        grid.setId("results-grid");
        grid.addColumn(ResultRow::studentName).setHeader("Student").setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> r.status().label()).setHeader("Status").setSortable(true).setAutoWidth(true);
        grid.addColumn(ResultRow::attempts).setHeader("Attempts").setAutoWidth(true);
        grid.addColumn(r -> r.bestScore() == null ? "–" : Math.round(r.bestScore()) + "%").setHeader("Best")
                .setComparator(r -> r.bestScore() == null ? -1 : r.bestScore()).setAutoWidth(true);
        grid.addColumn(r -> r.lastScore() == null ? "–" : Math.round(r.lastScore()) + "%").setHeader("Last")
                .setAutoWidth(true);
        grid.addColumn(r -> r.lastTimeUsed() == null ? "–" : r.lastTimeUsed().toMinutes() + " min "
                + r.lastTimeUsed().toSecondsPart() + " s").setHeader("Time used").setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Button review = new Button("Review", e -> getUI().ifPresent(ui -> ui.navigate("classes/" + classId
                    + "/assignments/" + assignmentId + "/attempts/" + r.lastAttemptId())));
            review.setId("review-" + r.studentId());
            review.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            review.setEnabled(r.lastAttemptId() != null);
            return review;
        }).setKey("review").setAutoWidth(true);
        grid.setItems(assignments.results(assignmentId));
        grid.setAllRowsVisible(true);
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = assignments.resultsCsv(assignmentId).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "results-" + assignmentId + ".csv",
                    "text/csv", bytes.length);
        }), AttachmentType.DOWNLOAD, "Download CSV");
        csv.setId("results-csv");
        add(new H2(a.spec().title()), new Paragraph(a.spec().questionCount() + " questions · "
                + a.spec().mode().label() + " · due " + a.spec().dueAt().toString().replace('T', ' ').replace("Z", " UTC")),
                csv, grid, new com.vaadin.flow.component.html.H3("Item analysis"),
                new ItemAnalysisPanel(itemAnalysis.itemAnalysis(assignmentId), bank));
    }
}
