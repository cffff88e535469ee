package com.massagetrainer.classroom.ui;

import com.massagetrainer.base.RouteIds;
import com.massagetrainer.account.Role;
import com.massagetrainer.classroom.ClassSummary;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.classroom.AssignmentService;
import com.massagetrainer.classroom.ClassroomRuleException;
import com.massagetrainer.classroom.ClassroomService;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.massagetrainer.classroom.RosterEntry;
import com.massagetrainer.account.PasswordResetService;
import com.massagetrainer.account.ui.ResetLinkDialog;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.time.format.DateTimeFormatter;

/** One class: its join code (regenerate if it leaked) and its roster (joined, last active, remove). */
@Route("classes/:classId")
@PageTitle("Class · Massage Exam Trainer")
@RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
class ClassView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneOffset.UTC);

    private final ClassroomService classes;
    private final AssignmentService assignments;
    private final BankCatalog bank;
    private final Clock clock;
    private final Grid<RosterEntry> roster = new Grid<>();
    private final Div assignmentList = new Div();
    // Rebuilt on every refresh, so a removed student leaves the matrix at once (not only after a reload).
    private final Div matrix = new Div();
    private final Span code = new Span();
    private long classId;
    private ZoneId zone = ZoneOffset.UTC;

    ClassView(ClassroomService classes, AssignmentService assignments, BankCatalog bank, Clock clock,
              PasswordResetService resets) {
        this.classes = classes;
        this.assignments = assignments;
        this.bank = bank;
        this.clock = clock;
        assignmentList.setId("assignment-list");
        setId("class-view");
        addClassName("page");
        code.setId("join-code");
        code.addClassName("join-code");
        roster.setId("roster");
        roster.addColumn(RosterEntry::displayName).setHeader("Student").setSortable(true).setAutoWidth(true);
        roster.addColumn(RosterEntry::email).setHeader("Email").setAutoWidth(true);
        roster.addColumn(r -> DATE.withZone(zone).format(r.joinedAt())).setHeader("Joined").setAutoWidth(true);
        roster.addColumn(r -> r.lastActive() == null ? "not yet" : DATE.withZone(zone).format(r.lastActive())).setHeader("Last active")
                .setAutoWidth(true);
        roster.addComponentColumn(r -> {
            Button remove = new Button("Remove", e -> confirmRemove(r));
            remove.setId("remove-" + r.studentId());
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            return remove;
        }).setKey("remove").setAutoWidth(true);
        roster.setAllRowsVisible(true);
        // A student who forgot their password and gets no mail: a one-time link to hand over.
        roster.addComponentColumn(r -> resetLinkButton(resets, r)).setKey("reset-link").setAutoWidth(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ClassSummary c;
        try {
            classId = RouteIds.id(event.getRouteParameters(), "classId").orElseThrow();
            c = classes.myClass(classId);
        } catch (AccessDeniedException | java.util.NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class, "No such class.");
            return;
        }
        removeAll();
        Button regenerate = new Button("New code", e -> code.setText(classes.regenerateCode(classId).joinCode()));
        regenerate.setId("regenerate-code");
        regenerate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        code.setText(c.joinCode());
        HorizontalLayout codeRow = new HorizontalLayout(new Span("Join code:"), code, regenerate);
        codeRow.setAlignItems(Alignment.BASELINE);
        add(new H2(c.name()));
        if (c.description() != null) {
            add(new Paragraph(c.description()));
        }
        add(codeRow, new Paragraph("Students join from their home page with this code. A new code stops the old "
                + "one from working; students already in the class stay."), new H3("Students"), roster,
                new H3("Mastery by topic"), matrix,
                new H3("Assignments"), assignmentList, new H3("New assignment"), assignmentForm());
        refresh();
    }

    private AssignmentForm assignmentForm() {
        AssignmentForm form = new AssignmentForm(bank.topicSummaries(), clock);
        // Dates are entered and shown in the instructor's own time zone, as the browser reports it.
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().retrieveExtendedClientDetails(details -> {
                zone = zoneOf(details.getTimeZoneId());
                form.setZone(zone);
                refresh();
            });
        }
        form.addAssignListener(e -> {
            try {
                assignments.create(classId, e.spec());
                Notification.show("Assigned.", 3000, Notification.Position.BOTTOM_START);
                form.reset();
                refresh();
            } catch (ClassroomRuleException ex) {
                form.showProblem(ex.getMessage());
            }
        });
        return form;
    }

    /** Removing is not undoable from here (the student would need the code again), so it asks first. */
    private void confirmRemove(RosterEntry student) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("remove-dialog");
        dialog.setHeader("Remove " + student.displayName() + " from the class?");
        dialog.setText("They no longer see this class's assignments and leave the roster and the mastery matrix. "
                + "Their submitted work stays in the assignment results. They can join again with the join code.");
        dialog.setCancelable(true);
        dialog.setCancelText("Keep");
        dialog.setConfirmText("Remove");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            classes.removeStudent(classId, student.studentId());
            Notification.show(student.displayName() + " was removed from the class.", 4000,
                    Notification.Position.BOTTOM_START);
            refresh();
        });
        dialog.open();
    }

    static ZoneId zoneOf(String browserZoneId) {
        try {
            return browserZoneId == null || browserZoneId.isBlank() ? ZoneOffset.UTC : ZoneId.of(browserZoneId);
        } catch (java.time.DateTimeException e) {
            return ZoneOffset.UTC; // a zone name this JVM does not know: show UTC and say so
        }
    }

    private void refresh() {
        roster.setItems(classes.roster(classId));
        matrix.removeAll();
        matrix.add(new MasteryMatrixPanel(classes, classId));
        assignmentList.removeAll();
        List<AssignmentService.AssignmentView> all = assignments.assignmentsOf(classId);
        if (all.isEmpty()) {
            assignmentList.add(new Paragraph("Nothing assigned yet."));
        }
        for (AssignmentService.AssignmentView a : all) {
            Anchor link = new Anchor("classes/" + classId + "/assignments/" + a.id(), a.spec().title());
            link.setId("assignment-" + a.id());
            assignmentList.add(new Div(link, new Span(" · due " + DATE.withZone(zone).format(a.spec().dueAt())
                    + (zone.equals(ZoneOffset.UTC) ? " UTC" : "") + " · "
                    + a.spec().questionCount() + " questions · " + a.spec().mode().label())));
        }
    }

    private static Button resetLinkButton(PasswordResetService resets, RosterEntry student) {
        Button button = new Button("Reset link", e -> new ResetLinkDialog(student.displayName(),
                resets.createLink(student.studentId())).open());
        button.setId("reset-link-" + student.studentId());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setTooltipText("Create a one-time link to set a new password");
        return button;
    }
}
