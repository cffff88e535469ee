package com.massagetrainer.classroom.ui;

import com.massagetrainer.base.RouteIds;
import com.massagetrainer.account.Role;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.classroom.AssignmentService;
import com.massagetrainer.quiz.AttemptOnScreen;
import com.massagetrainer.quiz.ui.ReviewList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

import java.util.Map;

/** A student's attempt at an assignment, read-only, for the class's instructor. */
@Route("classes/:classId/assignments/:assignmentId/attempts/:attemptId")
@PageTitle("Attempt review · Massage Exam Trainer")
@RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
class AttemptReviewView extends VerticalLayout implements BeforeEnterObserver {

    private final AssignmentService assignments;
    private final Map<String, String> sourceTitles;

    AttemptReviewView(AssignmentService assignments, BankCatalog bank) {
        this.assignments = assignments;
        this.sourceTitles = bank.sourceTitles();
        setId("attempt-review-view");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AttemptOnScreen attempt;
        try {
            attempt = assignments.studentAttempt(
                    RouteIds.id(event.getRouteParameters(), "assignmentId").orElseThrow(),
                    RouteIds.id(event.getRouteParameters(), "attemptId").orElseThrow());
        } catch (AccessDeniedException | java.util.NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class, "No such attempt.");
            return;
        }
        removeAll();
        Paragraph summary = new Paragraph(attempt.status().isFinished()
                ? "Score " + Math.round(attempt.score()) + "% · " + attempt.answered() + " of " + attempt.count() + " answered"
                : "Still in progress · " + attempt.answered() + " of " + attempt.count() + " answered");
        summary.setId("attempt-summary");
        add(new H2(attempt.title()), summary);
        add(new ReviewList(attempt.questions(), sourceTitles, (q, card) -> { }));
    }
}
