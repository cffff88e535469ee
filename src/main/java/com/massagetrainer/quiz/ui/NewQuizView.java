package com.massagetrainer.quiz.ui;

import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.quiz.QuizRuleException;
import com.massagetrainer.quiz.QuizService;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Build a quiz: topics, size, mode, time limit, difficulty. A rule broken (too few questions...) is explained here. */
@Route("quiz/new")
@PageTitle("New quiz · Massage Exam Trainer")
@Menu(title = "New quiz", order = 10, icon = "vaadin:play-circle")
@PermitAll
class NewQuizView extends VerticalLayout {

    NewQuizView(QuizService quizzes, BankCatalog bank) {
        setId("new-quiz-view");
        addClassName("page");
        addClassName("narrow-page");
        QuizForm form = new QuizForm(bank.topicSummaries());
        Paragraph problem = new Paragraph();
        problem.setId("quiz-problem");
        problem.addClassName("form-problem");
        problem.setVisible(false);
        form.addStartListener(e -> {
            try {
                long id = quizzes.start(e.spec());
                getUI().ifPresent(ui -> ui.navigate("quiz/" + id));
            } catch (QuizRuleException ex) {
                problem.setText(ex.getMessage());
                form.start.setEnabled(true);
                problem.setVisible(true);
            }
        });
        add(new H2("New quiz"), new Paragraph("Questions are drawn at random from the topics you choose, preferring "
                + "ones you have not seen or got wrong lately. Options are shuffled."), problem, form);
    }
}
