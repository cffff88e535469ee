package com.massagetrainer.quiz.ui;

import com.massagetrainer.quiz.AttemptOnScreen;
import com.massagetrainer.quiz.QuestionOnScreen;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import elemental.json.JsonType;
import elemental.json.JsonValue;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The exam's question map: a legend, "next flagged" and "next unanswered", and one button per question showing
 * answered, flagged or unanswered; a click (or Enter/Space) jumps there.
 * <p>
 * The map is one composite widget (a toolbar with a roving tabindex): a single Tab stop, on the current question;
 * the arrow keys, Home and End move between questions in the browser, without a server round trip. The question
 * buttons are plain HTML inside one element, with one click listener: as 100 Vaadin buttons they held about 3 KB of
 * server memory per button for every student in an exam (P1 in docs/PERFORMANCE.md). The markup is built only
 * from question numbers and fixed state words, never from text a user or the bank supplied.
 */
class ExamNavigator extends Div {

    /** What the browser sends with a click: the number of the question button clicked, if any. */
    static final String CLICKED = "event.target.closest('button[data-n]') && event.target.closest('button[data-n]').dataset.n";

    /*
     * Roving tabindex (WAI-ARIA toolbar pattern): Left/Right step, Up/Down go to the nearest button in the row
     * above/below (the map wraps into rows), Home/End go to the ends. Enter and Space are the button's own click;
     * they are kept from the page's Enter shortcut ("Next"), so a jump is never also a step.
     */
    private static final String ROVING_KEYS = """
            const map = this;
            map.addEventListener('keydown', e => {
              const all = Array.from(map.querySelectorAll('button[data-n]'));
              const i = all.indexOf(e.target);
              if (i < 0) { return; }
              if (e.key === 'Enter' || e.key === ' ') { e.stopPropagation(); return; }
              let j = -1;
              if (e.key === 'ArrowRight') { j = Math.min(i + 1, all.length - 1); }
              else if (e.key === 'ArrowLeft') { j = Math.max(i - 1, 0); }
              else if (e.key === 'Home') { j = 0; }
              else if (e.key === 'End') { j = all.length - 1; }
              else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                const me = all[i].getBoundingClientRect();
                const down = e.key === 'ArrowDown';
                const rows = all.map((b, k) => ({k, r: b.getBoundingClientRect()}))
                  .filter(o => down ? o.r.top >= me.bottom - 1 : o.r.bottom <= me.top + 1);
                if (rows.length === 0) { j = i; }
                else {
                  const rowTop = down ? Math.min(...rows.map(o => o.r.top)) : Math.max(...rows.map(o => o.r.top));
                  const row = rows.filter(o => Math.abs(o.r.top - rowTop) < 2);
                  row.sort((a, b) => Math.abs(a.r.left - me.left) - Math.abs(b.r.left - me.left));
                  j = row[0].k;
                }
              }
              else { return; }
              e.preventDefault();
              e.stopPropagation();
              all.forEach(b => b.tabIndex = -1);
              all[j].tabIndex = 0;
              all[j].focus();
            });
            """;

    private final IntConsumer jump;
    private final Div map = new Div();
    private final Button nextFlagged = new Button();
    private final Button nextUnanswered = new Button();
    private String[] states = new String[0];
    private boolean[] answered = new boolean[0];
    private boolean[] flagged = new boolean[0];
    private int current;

    ExamNavigator(IntConsumer jump) {
        this.jump = jump;
        setId("exam-map");
        addClassName("exam-map");
        getElement().setAttribute("role", "navigation");
        getElement().setAttribute("aria-label", "Question map");
        nextFlagged.setId("next-flagged");
        nextFlagged.addClickListener(e -> jumpToNext(flagged));
        nextUnanswered.setId("next-unanswered");
        nextUnanswered.addClickListener(e -> jumpToNext(unanswered()));
        for (Button b : new Button[]{nextFlagged, nextUnanswered}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        Div tools = new Div(legend(), nextFlagged, nextUnanswered);
        tools.addClassName("exam-map-tools");
        map.setId("navigator");
        map.addClassName("navigator");
        map.getElement().setAttribute("role", "toolbar");
        map.getElement().setAttribute("aria-label", "Questions: arrow keys move, Enter opens");
        map.getElement().addEventListener("click", e -> clicked(e.getEventData().get(CLICKED))).addEventData(CLICKED);
        map.addAttachListener(e -> map.getElement().executeJs(ROVING_KEYS));
        add(tools, map);
    }

    /** What each map colour means; the swatches are drawn by the same classes as the map's buttons. */
    private static Div legend() {
        Div legend = new Div();
        legend.setId("map-legend");
        legend.addClassName("map-legend");
        for (String[] entry : new String[][]{{"answered", "Answered"}, {"flagged", "Flagged"},
                {"current", "Current"}, {"blank", "Unanswered"}}) {
            Span swatch = new Span();
            swatch.addClassNames("map-swatch", "nav-" + entry[0]);
            swatch.getElement().setAttribute("aria-hidden", "true");
            Span item = new Span(swatch, new Span(entry[1]));
            item.addClassName("map-legend-item");
            legend.add(item);
        }
        return legend;
    }

    /** Shows each question's state and marks the current one; the markup is sent again only when it changed. */
    void show(AttemptOnScreen attempt, int current) {
        List<QuestionOnScreen> questions = attempt.questions();
        String[] now = new String[questions.size()];
        answered = new boolean[questions.size()];
        flagged = new boolean[questions.size()];
        for (QuestionOnScreen q : questions) {
            int i = q.position() - 1;
            answered[i] = q.isAnswered();
            flagged[i] = q.flagged();
            now[i] = q.flagged() ? "flagged" : q.isAnswered() ? "answered" : "blank";
        }
        long flags = count(flagged);
        long open = count(unanswered());
        nextFlagged.setText("Next flagged (" + flags + ")");
        nextFlagged.setEnabled(flags > 0);
        nextUnanswered.setText("Next unanswered (" + open + ")");
        nextUnanswered.setEnabled(open > 0);
        if (current != this.current || !Arrays.equals(now, states)) {
            states = now;
            this.current = current;
            map.getElement().setProperty("innerHTML", markup());
        }
    }

    /**
     * The first question after {@code current} (1-based, going round past the end) whose mark is set, or 0 if
     * none is; the current question itself comes last, so "next" from the only flagged question stays there.
     */
    static int nextMarked(boolean[] marks, int current) {
        for (int step = 1; step <= marks.length; step++) {
            int n = (current - 1 + step) % marks.length + 1;
            if (marks[n - 1]) {
                return n;
            }
        }
        return 0;
    }

    private void jumpToNext(boolean[] marks) {
        int n = nextMarked(marks, current);
        if (n > 0) {
            jump.accept(n);
        }
    }

    private boolean[] unanswered() {
        boolean[] open = new boolean[answered.length];
        for (int i = 0; i < open.length; i++) {
            open[i] = !answered[i];
        }
        return open;
    }

    private static long count(boolean[] marks) {
        int c = 0;
        for (boolean m : marks) {
            c += m ? 1 : 0;
        }
        return c;
    }

    private String markup() {
        StringBuilder html = new StringBuilder(states.length * 170);
        for (int n = 1; n <= states.length; n++) {
            String state = states[n - 1];
            String words = switch (state) {
                case "flagged" -> answered[n - 1] ? "answered, flagged" : "unanswered, flagged";
                case "answered" -> "answered";
                default -> "unanswered";
            };
            html.append("<button type=\"button\" id=\"nav-").append(n).append("\" data-n=\"").append(n)
                    .append("\" data-state=\"").append(state).append("\" class=\"nav-").append(state)
                    .append(n == current ? " nav-current\" aria-current=\"step" : "")
                    .append("\" tabindex=\"").append(n == current ? 0 : -1)
                    .append("\" aria-label=\"Question ").append(n).append(", ").append(words).append("\">")
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
