package com.massagetrainer.quiz.ui;

import com.massagetrainer.quiz.AttemptStatus;
import com.massagetrainer.quiz.AttemptSummary;
import com.massagetrainer.quiz.QuizService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The student's attempts, newest first; a row opens its results (or the quiz, if still open). */
@Route("history")
@PageTitle("History · Massage Exam Trainer")
@Menu(title = "History", order = 30, icon = "vaadin:time-backward")
@PermitAll
class HistoryView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
            .withZone(ZoneId.systemDefault());

    HistoryView(QuizService quizzes) {
        setId("history-view");
        addClassName("page");
        List<AttemptSummary> attempts = quizzes.myHistory();
        add(new H2("Your quizzes"));
        if (attempts.isEmpty()) {
            add(new Paragraph("No quizzes yet. Start one from the home page or under New quiz."));
            return;
        }
        Grid<AttemptSummary> grid = new Grid<>();
        grid.setId("history-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(a -> WHEN.format(a.startedAt())).setHeader("Started").setAutoWidth(true);
        grid.addColumn(AttemptSummary::title).setHeader("Quiz").setFlexGrow(2);
        grid.addColumn(a -> a.mode().label()).setHeader("Mode").setAutoWidth(true);
        grid.addColumn(a -> a.questionCount() + "").setHeader("Questions").setAutoWidth(true);
        grid.addColumn(HistoryView::outcome).setHeader("Result").setAutoWidth(true);
        grid.setItems(attempts);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(e.getItem().status().isFinished()
                ? ResultsView.route(e.getItem().id()) : "quiz/" + e.getItem().id())));
        add(grid);
    }

    private static String outcome(AttemptSummary a) {
        if (a.status() == AttemptStatus.IN_PROGRESS) {
            return "In progress";
        }
        return Math.round(a.score()) + "% · " + (Boolean.TRUE.equals(a.passed()) ? "passed" : "not passed");
    }
}
