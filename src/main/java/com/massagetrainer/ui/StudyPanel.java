package com.massagetrainer.ui;

import com.massagetrainer.classroom.ClassroomService;
import com.massagetrainer.progress.ReviewService;
import com.massagetrainer.quiz.AttemptSummary;
import com.massagetrainer.quiz.Preset;
import com.massagetrainer.quiz.QuizMode;
import com.massagetrainer.quiz.QuizRuleException;
import com.massagetrainer.quiz.QuizService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import java.time.Duration;
import java.util.Locale;

/** The signed-in student's next steps on the home view: continue an open quiz, or start a one-click quiz. */
class StudyPanel extends Div {

    StudyPanel(QuizService quizzes, ReviewService reviews, ClassroomService classes) {
        setId("study-panel");
        addClassName("study-panel");
        quizzes.myOpenAttempt().ifPresent(open -> add(continueCard(open, quizzes)));
        add(reviewCard(reviews));
        add(new JoinClassBox(classes));
        add(new H2("Practise now"));
        Div presets = new Div();
        presets.addClassName("preset-row");
        for (Preset preset : Preset.values()) {
            Button b = new Button(preset.label(), e -> start(quizzes, preset, e.getSource()));
            b.setDisableOnClick(true); // a double click opens one quiz
            b.setId("preset-" + preset.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            b.addThemeVariants(preset == Preset.MOCK_EXAM ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_PRIMARY);
            presets.add(b);
        }
        Anchor custom = new Anchor("quiz/new", "Build your own quiz");
        custom.setId("build-quiz-link");
        presets.add(custom);
        add(presets);
    }

    private Div reviewCard(ReviewService reviews) {
        long due = reviews.dueCount();
        Div card = new Div();
        card.setId("review-due");
        Paragraph text = new Paragraph(due == 0 ? "Review due: 0. Questions you answer come back here when you are "
                + "about to forget them." : "Review due: " + due + (due == 1 ? " question" : " questions"));
        text.setId("review-due-text");
        if (due == 0) {
            // Nothing to do: a quiet line, not a card with a disabled button.
            card.addClassName("review-due-none");
            card.add(text);
            return card;
        }
        card.addClassName("review-due-card");
        Button start = new Button(due > ReviewService.SESSION_SIZE ? "Review the " + ReviewService.SESSION_SIZE
                + " most overdue" : "Start review", e -> {
            try {
                long id = reviews.startReview();
                getUI().ifPresent(ui -> ui.navigate("quiz/" + id));
            } catch (QuizRuleException ex) {
                e.getSource().setEnabled(true);
                Notification.show(ex.getMessage(), 4000, Notification.Position.MIDDLE);
            }
        });
        start.setId("start-review");
        card.add(text, start);
        return card;
    }

    private Div continueCard(AttemptSummary open, QuizService quizzes) {
        Div card = new Div();
        card.setId("continue-quiz");
        card.addClassName("continue-card");
        String detail = open.mode() == QuizMode.EXAM && open.deadline() != null
                ? "Exam · " + Duration.between(quizzes.now(), open.deadline()).toMinutes() + " min left"
                : open.mode().label();
        Button go = new Button("Continue your quiz", e -> getUI().ifPresent(ui -> ui.navigate("quiz/" + open.id())));
        go.setId("continue-button");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        card.add(new Paragraph(open.title() + " · " + detail), go);
        return card;
    }

    private void start(QuizService quizzes, Preset preset, Button button) {
        try {
            long id = quizzes.start(preset);
            getUI().ifPresent(ui -> ui.navigate("quiz/" + id));
        } catch (QuizRuleException e) {
            button.setEnabled(true);
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
