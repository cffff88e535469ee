package com.massagetrainer.quiz.ui;

import com.massagetrainer.base.RouteIds;
import com.massagetrainer.bank.BankCatalog;
import com.massagetrainer.quiz.AttemptOnScreen;
import com.massagetrainer.quiz.QuestionOnScreen;
import com.massagetrainer.quiz.QuizRuleException;
import com.massagetrainer.quiz.QuizService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Taking a quiz, one question per page. Practice: check an answer, see the feedback, go on. Exam: answers are saved
 * as they change, questions can be flagged, a navigator jumps anywhere, and a countdown runs to the deadline.
 * Keys: 1–9 pick an option, Enter checks or goes on, F flags (exam).
 */
@Route("quiz/:attemptId")
@PageTitle("Quiz · Massage Exam Trainer")
@PermitAll
class QuizView extends VerticalLayout implements BeforeEnterObserver {

    private final QuizService quizzes;
    private final Map<String, String> sourceTitles;
    private final H2 title = new H2();
    private final Div top = new Div();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Span topic = new Span();
    private final Div body = new Div();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Span saveStatus = new Span();
    /** Read out by screen readers when it changes: where the student is now, or the verdict. */
    private final Span announcer = new Span();
    private final ExamNavigator navigator = new ExamNavigator(this::go);
    private AttemptOnScreen attempt;
    private QuestionPanel panel;
    private Button primary;
    private Button flag;
    private int position;
    private final Optional<QuestionReporting> reporting;
    private final Optional<QuestionStarring> starring;

    QuizView(QuizService quizzes, BankCatalog bank, Optional<QuestionReporting> reporting,
             Optional<QuestionStarring> starring) {
        this.quizzes = quizzes;
        this.reporting = reporting;
        this.starring = starring;
        this.sourceTitles = bank.sourceTitles();
        setId("quiz-view");
        addClassName("page");
        progressText.setId("progress-text");
        topic.setId("topic");
        topic.addClassName("quiz-topic");
        saveStatus.setId("save-status");
        saveStatus.addClassName("save-status");
        saveStatus.getElement().setAttribute("aria-live", "polite");
        announcer.setId("quiz-announcer");
        announcer.addClassName("visually-hidden");
        announcer.getElement().setAttribute("role", "status");
        announcer.getElement().setAttribute("aria-live", "polite");
        progress.setId("quiz-progress");
        progress.getElement().setAttribute("aria-label", "Questions answered");
        actions.setId("quiz-actions");
        actions.addClassName("quiz-actions");
        body.setWidthFull();
        top.addClassName("quiz-top");
        top.add(title);
        add(top, progress, new Div(progressText, topic), body, actions, navigator, announcer);
        for (int n = 1; n <= 9; n++) {
            int pick = n;
            Shortcuts.addShortcutListener(this, () -> panel.pick(pick), Key.of(String.valueOf(n), "Digit" + n));
        }
        Shortcuts.addShortcutListener(this, this::toggleFlag, Key.KEY_F);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = RouteIds.id(event.getRouteParameters(), "attemptId").orElseThrow();
            attempt = quizzes.open(id);
        } catch (AccessDeniedException | java.util.NoSuchElementException e) {
            // Same answer for "not yours" and "does not exist", so ids cannot be probed.
            event.rerouteToError(NotFoundException.class, "No such quiz.");
            return;
        }
        if (attempt.status().isFinished()) {
            event.forwardTo(ResultsView.route(attempt.id()));
            return;
        }
        title.setText(attempt.title());
        Span mode = new Span(attempt.mode().label());
        mode.setId("mode");
        mode.getElement().getThemeList().add("badge");
        top.add(mode);
        attempt.deadlineOpt().ifPresent(deadline -> {
            Countdown countdown = new Countdown(deadline, quizzes.now());
            countdown.addTimeUpListener(e -> timeUp());
            top.add(countdown);
        });
        navigator.setVisible(isExam() && !isSequential());
        show(attempt.resumePosition());
    }

    private boolean isExam() {
        return attempt.mode().isTimed();
    }

    /**
     * Certification style: the service hands out one question at a time, so there is no navigator, no Previous, no
     * flags, and Next only once the question is answered.
     */
    private boolean isSequential() {
        return attempt.sequential();
    }

    /**
     * Moves to another question the way a student does (Next, Previous, the map): shows it, puts focus on its
     * heading (rather than losing it to the page when the old buttons go) and says where the student is now.
     */
    private void go(int pos) {
        show(pos);
        panel.stem().getElement().executeJs("this.focus({preventScroll: true});"
                + " $0.scrollIntoView({block: 'nearest'}); this.scrollIntoView({block: 'nearest'})", top.getElement());
        announcer.setText("Question " + pos + " of " + attempt.count() + ": " + attempt.at(pos).topicName());
    }

    private void updateProgress() {
        progress.setValue((double) attempt.answered() / attempt.count());
        progress.getElement().setAttribute("aria-valuetext", attempt.answered() + " of " + attempt.count() + " answered");
    }

    private void show(int pos) {
        position = pos;
        QuestionOnScreen item = attempt.at(pos);
        updateProgress();
        progressText.setText(pos + " of " + attempt.count());
        topic.setText(item.topicName());
        panel = new QuestionPanel(item, this::changed);
        body.removeAll();
        body.add(panel);
        saveStatus.setText("");
        actions.removeAll();
        if (isExam()) {
            Button previous = button("previous", "Previous", () -> go(position - 1));
            previous.setEnabled(pos > 1);
            flag = button("flag", item.flagged() ? "Unflag" : "Flag for review", this::toggleFlag);
            Button submit = button("submit", "Submit exam", () -> SubmitDialog.open(attempt, this::submit));
            submit.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            panel.offerKeepOrder();
            if (isSequential()) {
                primary = button("next", "Next", this::moveOn);
                primary.setVisible(pos < attempt.count());
                primary.setEnabled(item.isAnswered());
                actions.add(primary, submit, saveStatus);
            } else {
                primary = button("next", "Next", () -> go(position + 1));
                primary.setEnabled(pos < attempt.count());
                actions.add(previous, flag, primary, submit, saveStatus);
                navigator.show(attempt, pos);
            }
        } else if (item.isAnswered()) {
            showFeedback(item);
            return;
        } else {
            primary = button("check", "Check answer", this::check);
            actions.add(primary);
        }
        primary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        primary.addClickShortcut(Key.ENTER);
    }

    private Button button(String id, String text, Runnable action) {
        Button b = new Button(text, e -> action.run());
        b.setId(id);
        return b;
    }

    /** Exam: every change is saved at once, so nothing is lost if the browser closes. */
    private void changed() {
        if (!isExam()) {
            return;
        }
        List<String> response = panel.response();
        act(() -> {
            // Apply the saved question locally: reloading the whole attempt on every answer is wasted work.
            QuestionOnScreen saved = quizzes.answer(attempt.id(), position, response);
            attempt = attempt.with(saved);
            saveStatus.setText(saved.isAnswered() ? "Answer saved" : "Answer cleared");
            if (isSequential()) {
                primary.setEnabled(saved.isAnswered());
            }
            updateProgress();
            if (navigator.isVisible()) {
                navigator.show(attempt, position);
            }
        });
    }

    private void check() {
        List<String> response = panel.response();
        if (response.isEmpty()) {
            Notification.show("Choose an answer first.", 2500, Notification.Position.MIDDLE);
            return;
        }
        act(() -> {
            QuestionOnScreen answered = quizzes.answer(attempt.id(), position, response);
            // A miss in a review session may add a relearning step later on: read the attempt again.
            attempt = answered.score() != null && answered.score() < 1.0 ? quizzes.open(attempt.id())
                    : attempt.with(answered);
            updateProgress();
            showFeedback(answered);
            // Focus on the verdict (the feedback's start) without scrolling there; the stem stays in view.
            getElement().executeJs("const v = document.getElementById($0); if (v) { v.tabIndex = -1;"
                    + " v.focus({preventScroll: true}); } $1.scrollIntoView({block: 'nearest'});",
                    "verdict-" + position, panel.stem().getElement());
            announcer.setText(verdictOf(body, "verdict-" + position));
        });
    }

    private void showFeedback(QuestionOnScreen item) {
        panel.setReadOnly(true);
        body.add(new ReviewCard(item, sourceTitles, false));
        actions.removeAll();
        boolean last = position == attempt.count();
        primary = last ? button("finish", "See results", this::submit) : button("next", "Next question", () -> go(position + 1));
        primary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        primary.addClickShortcut(Key.ENTER);
        actions.add(primary);
        starring.ifPresent(s -> actions.add(s.starControl(item.question().id(), "star-" + position)));
        reporting.ifPresent(r -> actions.add(r.reportControl(attempt.id(), position)));
    }

    /** The verdict the feedback card shows (its words are the card's to choose), for the screen reader. */
    private static String verdictOf(Component card, String id) {
        return card.getId().filter(id::equals).map(c -> card.getElement().getText())
                .or(() -> card.getChildren().map(c -> verdictOf(c, id)).filter(t -> !t.isEmpty()).findFirst())
                .orElse("");
    }

    /** Sequential exam: the service closes this question and hands out the next. */
    private void moveOn() {
        act(() -> {
            attempt = quizzes.next(attempt.id());
            go(attempt.resumePosition());
        });
    }

    private void toggleFlag() {
        if (isExam() && !isSequential()) {
            boolean flagged = !attempt.at(position).flagged();
            act(() -> {
                attempt = attempt.with(quizzes.flag(attempt.id(), position, flagged));
                show(position);
                // The button was drawn anew: keep the keyboard where the student left it, and say what changed.
                flag.focus();
                announcer.setText(flagged ? "Question " + position + " flagged." : "Flag removed.");
            });
        }
    }

    private void submit() {
        act(() -> {
            quizzes.submit(attempt.id());
            getUI().ifPresent(ui -> ui.navigate(ResultsView.route(attempt.id())));
        });
    }

    private void timeUp() {
        quizzes.open(attempt.id());
        Notification.show("Time is up. Your exam was submitted with the answers you saved.", 5000,
                Notification.Position.MIDDLE);
        getUI().ifPresent(ui -> ui.navigate(ResultsView.route(attempt.id())));
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (QuizRuleException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            AttemptOnScreen now = quizzes.open(attempt.id());
            if (now.status().isFinished()) {
                getUI().ifPresent(ui -> ui.navigate(ResultsView.route(attempt.id())));
            } else if (isSequential()) {
                // Back to the one question the service hands out (another tab may have moved on).
                attempt = now;
                show(attempt.resumePosition());
            }
        }
    }
}
