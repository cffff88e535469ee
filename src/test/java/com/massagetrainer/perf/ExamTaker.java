package com.massagetrainer.perf;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;

/** A student taking the full mock exam through {@link UidlClient}: sign in, start it from home, answer, move on. */
final class ExamTaker {

    private final UidlClient tab;
    private int position = 1;

    ExamTaker(HttpClient http, URI base) {
        this.tab = new UidlClient(http, base);
    }

    UidlClient tab() {
        return tab;
    }

    /** Signs in, opens home and starts (or resumes) the mock exam; afterwards the first question is on screen. */
    void startMockExam(String email, String password) throws IOException {
        tab.signIn(email, password);
        tab.open("");
        tab.click("preset-mock-exam");
        if (!tab.has("question")) {
            throw new UidlClient.ProtocolException("the mock exam did not open");
        }
    }

    /**
     * Answers the question on screen if it is one with options (single, true/false, multiple): picks the option the
     * server keyed "1" or, when that is already chosen, the one keyed "2", so every call is a real change that is
     * saved. Matching and ordering questions are left blank. Returns whether an answer was given.
     */
    boolean answer(boolean alternate) throws IOException {
        String tag = tab.tagOf("options").orElse("");
        String key = alternate ? "2" : "1";
        switch (tag) {
            case "vaadin-radio-group" -> tab.setValue("options", JsonNodeFactory.instance.textNode(key));
            case "vaadin-checkbox-group" -> tab.setValue("options", JsonNodeFactory.instance.arrayNode().add(key));
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Next question; after the last one it starts again at the first (via the navigator). */
    void next() throws IOException {
        if (position < 100 && tab.has("next")) {
            tab.click("next");
            position++;
        } else {
            // The question map is plain HTML in one element; a click reports the button's number under this
            // expression (the same string as ExamNavigator.CLICKED; the journeys cover the browser's side).
            tab.event("navigator", "click", JsonNodeFactory.instance.objectNode().put(
                    "event.target.closest('button[data-n]') && event.target.closest('button[data-n]').dataset.n", "1"));
            position = 1;
        }
    }
}
