package com.massagetrainer.quiz.ui;

import com.massagetrainer.quiz.AttemptOnScreen;
import com.massagetrainer.quiz.QuestionOnScreen;
import com.vaadin.flow.component.html.Div;
import elemental.json.JsonType;
import elemental.json.JsonValue;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The exam's question map: one button per question showing answered, flagged or blank; a click jumps there.
 * <p>
 * Drawn as plain HTML inside this one element, with one click listener: as 100 Vaadin buttons it held about 3 KB of
 * server memory per button for every student in an exam (P1 in docs/PERFORMANCE.md). The markup is built only
 * from question numbers and the three fixed state words, never from text a user or the bank supplied.
 */
class ExamNavigator extends Div {

    /** What the browser sends with a click: the number of the question button clicked, if any. */
    static final String CLICKED = "event.target.closest('button[data-n]') && event.target.closest('button[data-n]').dataset.n";

    private final IntConsumer jump;
    private String[] states = new String[0];
    private int current;

    ExamNavigator(IntConsumer jump) {
        this.jump = jump;
        setId("navigator");
        addClassName("navigator");
        getElement().setAttribute("role", "navigation");
        getElement().setAttribute("aria-label", "Questions");
        getElement().addEventListener("click", e -> clicked(e.getEventData().get(CLICKED))).addEventData(CLICKED);
    }

    /** Shows each question's state and marks the current one; the markup is sent again only when it changed. */
    void show(AttemptOnScreen attempt, int current) {
        List<QuestionOnScreen> questions = attempt.questions();
        String[] now = new String[questions.size()];
        for (QuestionOnScreen q : questions) {
            now[q.position() - 1] = q.flagged() ? "flagged" : q.isAnswered() ? "answered" : "blank";
        }
        if (current != this.current || !Arrays.equals(now, states)) {
            states = now;
            this.current = current;
            getElement().setProperty("innerHTML", markup());
        }
    }

    private String markup() {
        StringBuilder html = new StringBuilder(states.length * 150);
        for (int n = 1; n <= states.length; n++) {
            String state = states[n - 1];
            html.append("<button type=\"button\" id=\"nav-").append(n).append("\" data-n=\"").append(n)
                    .append("\" data-state=\"").append(state).append("\" class=\"nav-").append(state)
                    .append(n == current ? " nav-current\" aria-current=\"step" : "")
                    .append("\" aria-label=\"Question ").append(n).append(", ").append(state).append("\">")
                    .append(n).append("</button>");
        }
        return html.toString();
    }

    // The browser's data is not trusted: anything but a number of a question on the map is ignored.
    private void clicked(JsonValue value) {
        if (value == null || value.getType() != JsonType.STRING || !value.asString().matches("\\d{1,4}")) {
            return;
        }
        int n = Integer.parseInt(value.asString());
        if (n >= 1 && n <= states.length) {
            jump.accept(n);
        }
    }
}
