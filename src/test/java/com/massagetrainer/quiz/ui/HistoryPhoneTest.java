package com.massagetrainer.quiz.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.massagetrainer.KaribuTest;
import com.massagetrainer.account.Role;
import com.massagetrainer.account.TestAccounts;
import com.massagetrainer.quiz.AttemptSummary;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.quiz.QuizSpec;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue #15 item 8: on a phone the history grid has two columns, so the result stays on screen. */
class HistoryPhoneTest extends KaribuTest {

    @Autowired
    QuizService quizzes;

    private static List<String> visibleColumns(Grid<AttemptSummary> grid) {
        return grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList();
    }

    @Test
    void narrowWindowsGetTheCompactLayoutAndWideOnesAllColumns() {
        login(TestAccounts.newUser(applicationContext, Role.STUDENT));
        long id = quizzes.start(QuizSpec.practice("Phone check", List.of("anatomy"), 2));
        quizzes.submit(id);
        UI.getCurrent().navigate("history");
        MockVaadin.clientRoundtrip(); // Karibu's browser is 1846 px wide
        @SuppressWarnings("unchecked")
        Grid<AttemptSummary> grid = _get(Grid.class, spec -> spec.withId("history-grid"));
        assertThat(visibleColumns(grid)).containsExactly("started", "quiz", "mode", "questions", "result");

        HistoryView view = _get(HistoryView.class);
        view.compact(true);
        assertThat(visibleColumns(grid)).containsExactly("compact", "result");
        Div cell = (Div) GridKt._getCellComponent(grid, 0, "compact");
        assertThat(cell.getElement().getTextRecursively()).startsWith("Phone check").contains("Practice · 2 questions");
        view.compact(false);
        assertThat(visibleColumns(grid)).doesNotContain("compact").contains("result");
    }
}
