package com.massagetrainer.quiz.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.html.Span;

import java.time.Duration;
import java.time.Instant;

/**
 * The exam's visible countdown. It ticks in the browser (no server round trip per second) from the stored
 * deadline, and tells the server when it reaches zero; the server grades on its own clock either way.
 */
class Countdown extends Span {

    /** Fired by the browser when the countdown reaches zero. */
    @DomEvent("time-up")
    public static class TimeUpEvent extends ComponentEvent<Countdown> {
        public TimeUpEvent(Countdown source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    Countdown(Instant deadline, Instant now) {
        setId("countdown");
        addClassName("countdown");
        getElement().setAttribute("role", "timer");
        getElement().setAttribute("aria-live", "off");
        setText(format(Duration.between(now, deadline)));
        long remainingMs = Math.max(0, Duration.between(now, deadline).toMillis());
        // The browser's clock may differ from the server's: count from the remaining time, not the deadline.
        getElement().executeJs("""
                const el = this; const end = Date.now() + $0;
                clearInterval(el._timer);
                const tick = () => {
                  const s = Math.max(0, Math.round((end - Date.now()) / 1000));
                  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
                  el.textContent = (h > 0 ? h + ':' + String(m).padStart(2, '0') : m) + ':' + String(sec).padStart(2, '0') + ' left';
                  el.classList.toggle('countdown-low', s <= 300);
                  if (s === 0) { clearInterval(el._timer); el.dispatchEvent(new CustomEvent('time-up')); }
                };
                tick(); el._timer = setInterval(tick, 1000);
                """, (double) remainingMs);
    }

    void addTimeUpListener(com.vaadin.flow.component.ComponentEventListener<TimeUpEvent> listener) {
        addListener(TimeUpEvent.class, listener);
    }

    static String format(Duration remaining) {
        long s = Math.max(0, remaining.toSeconds());
        long h = s / 3600;
        long m = (s % 3600) / 60;
        long sec = s % 60;
        return (h > 0 ? h + ":" + String.format("%02d", m) : String.valueOf(m)) + ":" + String.format("%02d", sec) + " left";
    }
}
