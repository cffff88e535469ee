package com.massagetrainer.quiz.ui;

import com.massagetrainer.quiz.AttemptStatus;
import com.massagetrainer.quiz.AttemptSummary;
import com.massagetrainer.quiz.QuizService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
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

    /** Below this window width (px) the grid switches to its phone layout. */
    static final int NARROW_PX = 600;

    private final Grid<AttemptSummary> grid = new Grid<>();

    HistoryView(QuizService quizzes) {
        setId("history-view");
        addClassName("page");
        List<AttemptSummary> attempts = quizzes.myHistory();
        add(new H2("Your quizzes"));
        if (attempts.isEmpty()) {
            add(new Paragraph("No quizzes yet. Start one from the home page or under New quiz."));
            return;
        }
        grid.setId("history-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(a -> WHEN.format(a.startedAt())).setHeader("Started").setAutoWidth(true).setKey("started");
        grid.addColumn(AttemptSummary::title).setHeader("Quiz").setFlexGrow(2).setKey("quiz");
        grid.addColumn(a -> a.mode().label()).setHeader("Mode").setAutoWidth(true).setKey("mode");
        grid.addColumn(a -> a.questionCount() + "").setHeader("Questions").setAutoWidth(true).setKey("questions");
        // On a phone the five columns pushed the result off-screen: there one column says what and when, the
        // other the result.
        grid.addComponentColumn(HistoryView::compactQuiz).setHeader("Quiz").setFlexGrow(1).setKey("compact")
                .setVisible(false);
        grid.addColumn(HistoryView::outcome).setHeader("Result").setAutoWidth(true).setFlexGrow(0).setKey("result");
        grid.setItems(attempts);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(e.getItem().status().isFinished()
                ? ResultsView.route(e.getItem().id()) : "quiz/" + e.getItem().id())));
        add(grid);
        addAttachListener(e -> {
            e.getUI().getPage().retrieveExtendedClientDetails(d -> compact(d.getWindowInnerWidth() < NARROW_PX));
            e.getUI().getPage().addBrowserWindowResizeListener(r -> compact(r.getWidth() < NARROW_PX));
        });
    }

    /** Phone layout: what and when in one wrapping column, the result beside it, nothing off-screen. */
    void compact(boolean narrow) {
        for (String key : new String[]{"started", "quiz", "mode", "questions"}) {
            grid.getColumnByKey(key).setVisible(!narrow);
        }
        grid.getColumnByKey("compact").setVisible(narrow);
    }

    private static Div compactQuiz(AttemptSummary a) {
        Span details = new Span(a.mode().label() + " · " + a.questionCount() + " questions · "
                + WHEN.format(a.startedAt()));
        details.addClassName("secondary-line");
        Div cell = new Div(new Span(a.title()), details);
        cell.addClassName("history-compact");
        return cell;
    }

    private static String outcome(AttemptSummary a) {
        if (a.status() == AttemptStatus.IN_PROGRESS) {
            return "In progress";
        }
        return Math.round(a.score()) + "% · " + (Boolean.TRUE.equals(a.passed()) ? "passed" : "not passed");
    }
}
