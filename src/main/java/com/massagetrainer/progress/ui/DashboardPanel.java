package com.massagetrainer.progress.ui;

import com.massagetrainer.progress.Dashboard;
import com.massagetrainer.progress.ProgressService;
import com.massagetrainer.progress.TopicMastery;
import com.massagetrainer.quiz.QuizRuleException;
import com.massagetrainer.quiz.QuizService;
import com.massagetrainer.quiz.QuizSpec;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;

import java.util.List;

/**
 * The student's progress: counts, readiness for the mock exam, weakest topics with one-click practice, and
 * mastery per topic (chart and the same numbers as a table).
 */
public class DashboardPanel extends Div {

    private final QuizService quizzes;

    public DashboardPanel(ProgressService progress, QuizService quizzes) {
        this.quizzes = quizzes;
        setId("dashboard");
        addClassName("dashboard");
        Dashboard d = progress.myDashboard();
        add(new H2("Your progress"), stats(d), readiness(d), weakest(d));
        add(new H3("Mastery by topic"), new MasteryView(d), help());
        add(new H3("Scores and activity"), new TrendView(d));
    }

    private Div stats(Dashboard d) {
        Div row = new Div(stat("stat-answered", String.valueOf(d.answered()), "questions answered"),
                stat("stat-accuracy", d.answered() == 0 ? "–" : Math.round(100 * d.accuracy()) + "%", "accuracy"),
                stat("stat-quizzes", String.valueOf(d.quizzes()), d.quizzes() == 1 ? "quiz finished" : "quizzes finished"),
                stat("stat-time", d.timeSpent().toHours() + " h " + d.timeSpent().toMinutesPart() + " min", "time spent"),
                stat("stat-streak", String.valueOf(d.streakDays()), d.streakDays() == 1 ? "day in a row" : "days in a row"));
        row.addClassName("stat-row");
        return row;
    }

    private static Div stat(String id, String value, String label) {
        Span number = new Span(value);
        number.addClassName("stat-value");
        number.setId(id);
        Span text = new Span(label);
        text.addClassName("stat-label");
        Div card = new Div(number, text);
        card.addClassName("stat-card");
        return card;
    }

    private Div readiness(Dashboard d) {
        Div card = new Div();
        card.setId("readiness");
        card.addClassName("readiness-card");
        if (d.readiness().isEmpty()) {
            card.add(new H3("Readiness for the mock exam"), new Paragraph("Not enough data yet. Answer at least " + Dashboard.READINESS_MIN_ANSWERS
                    + " questions (you have " + d.answered() + ") to see your chance of passing the mock exam."));
            return card;
        }
        double p = d.readiness().get();
        // The model is not certain enough for 0% or 100%: say "under 1%" / "over 99%".
        String shown = p < 0.01 ? "under 1%" : p > 0.99 ? "over 99%" : Math.round(100 * p) + "%";
        Span value = new Span(shown);
        value.setId("readiness-value");
        value.addClassName("readiness-value");
        card.add(new H3("Readiness for the mock exam"), value, new Paragraph("Estimated chance of passing the full mock exam (100 questions weighted like the "
                + "licensing blueprint, pass mark " + d.passMark() + "%) if you sat it today. It combines your mastery "
                + "of every topic and how sure we can be of it: topics with few answers make it less certain."));
        return card;
    }

    private Div weakest(Dashboard d) {
        Div box = new Div(new H3("Weakest topics"));
        box.setId("weakest");
        List<TopicMastery> weakest = d.weakest();
        if (weakest.isEmpty()) {
            box.add(new Paragraph("Answer at least " + TopicMastery.MIN_ANSWERS
                    + " questions in a topic to see where you are weakest."));
        }
        for (TopicMastery t : weakest) {
            Span name = new Span(t.topicName() + " · " + Math.round(100 * t.mastery()) + "%");
            Button practise = new Button("Practise this topic", e -> practise(t, e.getSource()));
            practise.setDisableOnClick(true); // a double click opens one quiz
            practise.setId("practise-" + t.topicId());
            practise.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            Div row = new Div(name, practise);
            row.addClassName("weak-row");
            box.add(row);
        }
        return box;
    }

    private void practise(TopicMastery topic, Button button) {
        try {
            long id = quizzes.start(QuizSpec.practice("10 questions: " + topic.topicName(), List.of(topic.topicId()), 10));
            getUI().ifPresent(ui -> ui.navigate("quiz/" + id));
        } catch (QuizRuleException e) {
            button.setEnabled(true);
            Notification.show(e.getMessage(), 4000, Notification.Position.MIDDLE);
        }
    }

    private static Details help() {
        Details help = new Details("What does this mean?", new Paragraph("Mastery is our estimate of your chance of "
                + "answering the topic's next question right. Recent answers count more: an answer from two weeks ago "
                + "counts half as much as today's. A topic with few answers starts from your overall level. Partly right "
                + "answers count in part. A topic shows its mastery from " + TopicMastery.MIN_ANSWERS + " answers on; "
                + "before that it shows \"not started\" or \"too few answers\", as a figure would mostly guess. The "
                + "line marks the pass mark."));
        help.setId("mastery-help");
        return help;
    }
}
