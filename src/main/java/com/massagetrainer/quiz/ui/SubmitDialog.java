package com.massagetrainer.quiz.ui;

import com.massagetrainer.quiz.AttemptOnScreen;
import com.massagetrainer.quiz.QuestionOnScreen;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

import java.util.List;
import java.util.stream.Collectors;

/** Confirms submitting an exam, naming the questions still unanswered or flagged. */
final class SubmitDialog {

    private SubmitDialog() {
    }

    static ConfirmDialog open(AttemptOnScreen attempt, Runnable submit) {
        List<Integer> blank = attempt.questions().stream().filter(q -> !q.isAnswered()).map(QuestionOnScreen::position)
                .toList();
        List<Integer> flagged = attempt.questions().stream().filter(QuestionOnScreen::flagged)
                .map(QuestionOnScreen::position).toList();
        int unanswered = attempt.count() - attempt.answered();
        StringBuilder text = new StringBuilder();
        if (unanswered == 0) {
            text.append("You have answered every question.");
        } else if (attempt.sequential()) {
            // Only the current question is on screen: count the rest, they have not been handed out.
            text.append("Unanswered: ").append(unanswered).append(unanswered == 1 ? " question" : " questions")
                    .append("; they count as wrong.");
        } else {
            text.append("Unanswered: ").append(list(blank)).append('.');
        }
        if (!flagged.isEmpty()) {
            text.append(" Flagged for review: ").append(list(flagged)).append('.');
        }
        text.append(" After submitting you cannot change your answers.");
        ConfirmDialog dialog = new ConfirmDialog("Submit your exam?", text.toString(), "Submit", e -> submit.run(),
                "Keep working", e -> { });
        dialog.setId("submit-dialog");
        dialog.setConfirmButtonTheme("success primary");
        dialog.open();
        return dialog;
    }

    private static String list(List<Integer> positions) {
        return positions.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
