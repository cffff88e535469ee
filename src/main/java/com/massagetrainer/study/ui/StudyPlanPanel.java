package com.massagetrainer.study.ui;

import com.massagetrainer.progress.ui.ReviewForecast;
import com.massagetrainer.quiz.QuizRuleException;
import com.massagetrainer.study.DailyGoal;
import com.massagetrainer.study.PlanSettings;
import com.massagetrainer.study.StudyPlanService;
import com.massagetrainer.study.StudyToday;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;

import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Home's study plan: today's goal and progress, "Start today's session", the plan's settings and the review forecast. */
public class StudyPlanPanel extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final StudyPlanService plans;

    public StudyPlanPanel(StudyPlanService plans) {
        this.plans = plans;
        setId("study-plan");
        addClassName("study-plan");
        refresh();
    }

    private void refresh() {
        removeAll();
        StudyToday t = plans.today();
        add(new H2("Today's study"));
        if (t.plan().isEmpty()) {
            Paragraph none = new Paragraph("Set your exam date and the days you study, and you get a daily goal that "
                    + "covers every question of the bank and your weakest topics before the exam.");
            none.setId("plan-none");
            Button setUp = new Button("Set up a study plan", e -> edit(t));
            setUp.setId("plan-setup");
            add(none, setUp);
        } else {
            add(plan(t), goal(t));
        }
        add(new H3("Reviews coming up"), new ReviewForecast(t.forecast()));
    }

    private Div plan(StudyToday t) {
        PlanSettings p = t.plan().orElseThrow();
        long days = ChronoUnit.DAYS.between(t.today(), p.examDate());
        String when = days < 0 ? "was on " + DAY.format(p.examDate()) : days == 0 ? "is today"
                : "on " + DAY.format(p.examDate()) + " (in " + days + (days == 1 ? " day)" : " days)");
        String studyDays = p.studyDays().stream().sorted().map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                .collect(Collectors.joining(", "));
        Paragraph summary = new Paragraph("Exam " + when + " · you study " + studyDays);
        summary.setId("plan-summary");
        Button editPlan = new Button("Edit plan", e -> edit(t));
        editPlan.setId("plan-edit");
        editPlan.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div row = new Div(summary, editPlan);
        row.addClassName("plan-row");
        return row;
    }

    private Div goal(StudyToday t) {
        DailyGoal g = t.goal();
        Paragraph text = new Paragraph(goalText(t));
        text.setId("goal-text");
        Div box = new Div(text);
        box.addClassName("goal-card");
        if (g.total() > 0) {
            box.add(meter("goal-today", "Today", t.doneToday(), g.total()));
        }
        if (t.weekGoal() > 0) {
            box.add(meter("goal-week", "This week", t.doneThisWeek(), t.weekGoal()));
        }
        if (t.leftToday() > 0) {
            Button start = new Button("Start today's session", e -> start());
            start.setId("start-today");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(start);
        }
        return box;
    }

    private static String goalText(StudyToday t) {
        DailyGoal g = t.goal();
        return switch (g.status()) {
            case EXAM_PASSED -> "Your exam date has passed. Set the date of your next exam to plan again.";
            case NO_STUDY_DAYS -> "Choose the days you study to get a daily goal.";
            case REST_DAY -> "Today is a rest day." + (g.nextStudyDay() == null ? ""
                    : " Next study day: " + DAY.format(g.nextStudyDay()) + ".");
            case NOTHING_LEFT -> "You have seen every question, nothing is due and no topic is weak. Keep it fresh "
                    + "with a mock exam.";
            case EXAM_DAY -> "Exam day: just the " + g.reviews() + " reviews due, nothing new. Good luck!";
            case STUDY -> {
                List<String> parts = new ArrayList<>();
                if (g.newQuestions() > 0) {
                    parts.add(g.newQuestions() + " new " + (g.newQuestions() == 1 ? "question" : "questions"));
                }
                if (g.reviews() > 0) {
                    parts.add(g.reviews() + (g.reviews() == 1 ? " review" : " reviews"));
                }
                if (g.weakTopicQuestions() > 0) {
                    parts.add(g.weakTopicQuestions() + " in your weakest topics ("
                            + g.focusTopics().stream().map(id -> t.topicNames().getOrDefault(id, id))
                            .collect(Collectors.joining(", ")) + ")");
                }
                yield "Today's goal: " + String.join(", ", parts) + ". " + g.studyDaysLeft()
                        + (g.studyDaysLeft() == 1 ? " study day" : " study days") + " left before the exam."
                        + (t.leftToday() == 0 ? " Done for today. Well done!" : "");
            }
        };
    }

    private static Div meter(String id, String label, int done, int goal) {
        Span text = new Span(label + ": " + Math.min(done, goal) + " of " + goal
                + (done > goal ? " (+" + (done - goal) + " extra)" : ""));
        text.setId(id + "-text");
        ProgressBar bar = new ProgressBar(0, goal, Math.min(done, goal));
        bar.setId(id + "-bar");
        bar.getElement().setAttribute("aria-label", label + "'s goal");
        Div meter = new Div(text, bar);
        meter.addClassName("goal-meter");
        return meter;
    }

    private void edit(StudyToday t) {
        new PlanDialog(plans, t.plan(), t.today(), this::refresh).open();
    }

    private void start() {
        try {
            long id = plans.startTodaysSession();
            getUI().ifPresent(ui -> ui.navigate("quiz/" + id));
        } catch (QuizRuleException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
