package com.massagetrainer.quiz.ui;

import com.massagetrainer.base.RouteIds;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.quiz.AttemptOnScreen;
import com.massagetrainer.quiz.QuizMode;
import com.massagetrainer.quiz.QuizRuleException;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.quiz.TopicResult;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A finished attempt: score, pass or fail, time used, per-topic results, and a review of every question. */
@Route("quiz/:attemptId/results")
@PermitAll
class ResultsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final QuizService quizzes;
    private final Map<String, String> sourceTitles;
    private final Optional<QuestionReporting> reporting;
    private String pageTitle = "Results";
    private final Optional<QuestionStarring> starring;

    ResultsView(QuizService quizzes, BankCatalog bank, Optional<QuestionReporting> reporting,
                Optional<QuestionStarring> starring) {
        this.quizzes = quizzes;
        this.reporting = reporting;
        this.starring = starring;
        this.sourceTitles = bank.sourceTitles();
        setId("results-view");
        addClassName("page");
    }

    static String route(long attemptId) {
        return "quiz/" + attemptId + "/results";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AttemptOnScreen attempt;
        try {
            attempt = quizzes.open(RouteIds.id(event.getRouteParameters(), "attemptId").orElseThrow());
        } catch (AccessDeniedException | java.util.NoSuchElementException e) {
            event.rerouteToError(NotFoundException.class, "No such quiz.");
            return;
        }
        if (!attempt.status().isFinished()) {
            event.forwardTo("quiz/" + attempt.id());
            return;
        }
        if (attempt.mode() == QuizMode.CERTIFICATION) {
            // Certification results show bands, not keys, and the certificate: the certification feature's page.
            event.forwardTo("certification/result/" + attempt.id());
            return;
        }
        removeAll();
        pageTitle = heading(attempt.mode(), attempt.finishedAt());
        H2 heading = new H2(pageTitle);
        heading.setId("results-title");
        Paragraph name = new Paragraph(attempt.title());
        name.setId("results-name");
        name.addClassName("results-name");
        add(heading, name);
        add(summary(attempt));
        Grid<TopicResult> topics = new Grid<>();
        topics.setId("topic-results");
        topics.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        topics.addColumn(TopicResult::topicName).setHeader("Topic").setFlexGrow(3);
        topics.addColumn(t -> fmt(t.points()) + " / " + t.questions()).setHeader("Correct").setFlexGrow(1);
        topics.addColumn(t -> Math.round(t.percent()) + "%").setHeader("Score").setFlexGrow(1);
        topics.setItems(attempt.topics());
        topics.setAllRowsVisible(true);
        Button mistakes = new Button("Practise my mistakes", e -> practiseMistakes(attempt.id(), e.getSource()));
        mistakes.setDisableOnClick(true); // a double click opens one quiz
        mistakes.setId("practise-mistakes");
        mistakes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        mistakes.setEnabled(attempt.topics().stream().anyMatch(t -> t.points() < t.questions()));
        add(new H3("By topic"), topics);
        if (!attempt.reviewAllowed()) {
            Paragraph hidden = new Paragraph("Your instructor has chosen not to show the answers for this assignment.");
            hidden.setId("review-hidden");
            add(hidden);
            return;
        }
        add(mistakes, new H3("Review"), new ReviewList(attempt.questions(), sourceTitles, (q, card) -> {
            starring.ifPresent(s -> card.add(s.starControl(q.question().id(), "star-" + q.position())));
            reporting.ifPresent(r -> card.add(r.reportControl(attempt.id(), q.position())));
        }));
    }

    /** "Practice quiz · 5 Dec 2026": what it was and when, the heading and the browser tab's title. */
    static String heading(QuizMode mode, Instant finishedAt) {
        return (mode == QuizMode.PRACTICE ? "Practice quiz" : mode.label()) + " · " + DATE.format(finishedAt);
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " · Massage Exam Trainer";
    }

    private static Component[] summary(AttemptOnScreen attempt) {
        Span score = new Span(fmt(attempt.score()) + "%");
        score.setId("score");
        score.addClassName("score");
        boolean passed = Boolean.TRUE.equals(attempt.passed());
        Span verdict = new Span(passed ? "Passed" : "Not passed yet");
        verdict.setId("pass-fail");
        verdict.getElement().getThemeList().add("badge " + (passed ? "success" : "error"));
        Duration used = Duration.between(attempt.startedAt(), attempt.finishedAt());
        Span details = new Span("Pass mark " + attempt.passMark() + "% · " + attempt.count() + " questions · time used "
                + used.toMinutes() + " min " + used.toSecondsPart() + " s"
                + (attempt.status() == com.massagetrainer.quiz.AttemptStatus.EXPIRED ? " · submitted when time ran out" : ""));
        details.setId("result-details");
        long right = attempt.questions().stream().filter(ReviewCard::isRight).count();
        Span tally = new Span(attempt.reviewAllowed() ? right + " of " + attempt.count() + " right" : "");
        tally.setId("result-tally");
        tally.addClassName("result-tally");
        tally.setVisible(attempt.reviewAllowed());
        // Score, verdict and tally stay in view while the review scrolls (CSS sticky, so a child of the page itself).
        Div bar = new Div(score, verdict, tally);
        bar.setId("result-bar");
        bar.addClassName("result-summary");
        return new Component[]{bar, details};
    }

    private void practiseMistakes(long attemptId, Button button) {
        try {
            long id = quizzes.startMistakes(attemptId);
            getUI().ifPresent(ui -> ui.navigate("quiz/" + id));
        } catch (QuizRuleException e) {
            button.setEnabled(true);
            Notification.show(e.getMessage(), 4000, Notification.Position.MIDDLE);
        }
    }

    private static String fmt(Double value) {
        if (value == null) {
            return "0";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.format("%.1f", value);
    }
}
