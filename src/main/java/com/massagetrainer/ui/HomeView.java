package com.massagetrainer.ui;

import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.bank.TopicSummary;
import com.massagetrainer.account.CurrentUser;
import com.massagetrainer.classroom.AssignmentService;
import com.massagetrainer.classroom.ClassroomService;
import com.massagetrainer.progress.ProgressService;
import com.massagetrainer.progress.ReviewService;
import com.massagetrainer.progress.ui.DashboardPanel;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.report.ReportService;
import com.massagetrainer.report.ui.MyReportsPanel;
import com.massagetrainer.study.StudyPlanService;
import com.massagetrainer.study.ui.StudyPlanPanel;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.List;

/** Home: what the bank covers, topic by topic, with the number of questions each can draw from. */
@Route("")
@PageTitle("Home · Massage Exam Trainer")
@Menu(title = "Home", order = 0, icon = "vaadin:home")
@AnonymousAllowed
class HomeView extends VerticalLayout {

    HomeView(BankCatalog catalog, QuizService quizzes, ReviewService reviews, ProgressService progress,
             ClassroomService classes, AssignmentService assignments, ReportService reports, CurrentUser currentUser,
             StudyPlanService plans) {
        setId("home-view");
        addClassName("page");
        if (currentUser.get().isPresent()) {
            add(new AssignedPanel(assignments), new StudyPlanPanel(plans), new StudyPanel(quizzes, reviews, classes),
                    new DashboardPanel(progress, quizzes), new MyReportsPanel(reports));
        } else {
            Paragraph welcome = new Paragraph("Practise for your massage-therapy licensing exam with questions that "
                    + "explain every answer. Sign in or create an account to start.");
            welcome.setId("welcome");
            // Links a visitor can act on; they also give the scrolling page something to reach by keyboard.
            com.vaadin.flow.component.html.Anchor signIn = new com.vaadin.flow.component.html.Anchor("login", "Sign in");
            signIn.setId("welcome-sign-in");
            com.vaadin.flow.component.html.Anchor register =
                    new com.vaadin.flow.component.html.Anchor("register", "Create an account");
            register.setId("welcome-register");
            Div actions = new Div(signIn, new com.vaadin.flow.component.html.Span(" · "), register);
            actions.addClassName("welcome-actions");
            add(welcome, actions);
        }
        List<TopicSummary> topics = catalog.topicSummaries();
        long total = topics.stream().mapToLong(TopicSummary::questionCount).sum();
        add(new H2("The question bank"));
        Paragraph intro = new Paragraph(total + " questions in " + topics.size()
                + " topics, written from five articles on upper-back massage. Every answer cites its source.");
        intro.setId("bank-summary");
        add(intro);
        Div grid = new Div();
        grid.setId("topic-list");
        grid.addClassName("topic-grid");
        topics.forEach(topic -> grid.add(card(topic)));
        add(grid);
    }

    private Div card(TopicSummary topic) {
        Div card = new Div();
        card.setId("topic-" + topic.id());
        card.addClassName("topic-card");
        Span count = new Span(topic.questionCount() + (topic.questionCount() == 1 ? " question" : " questions"));
        count.addClassName("topic-count");
        Span weight = new Span(topic.weight() + "% of the exam");
        weight.addClassName("topic-weight");
        Paragraph description = new Paragraph(topic.description());
        description.addClassName("topic-description");
        card.add(new H3(topic.name()), new Div(count, weight), description);
        return card;
    }
}
