package com.massagetrainer.ui;

import com.massagetrainer.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.Scroller;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** What assistive technology gets from the shell (the browser side is checked by axe in ScreenTourTest). */
class ShellAccessibilityTest extends KaribuTest {

    @Test
    void theDrawersScrollableTabStopHasAName() {
        UI.getCurrent().navigate("");
        Scroller menu = _get(Scroller.class, spec -> spec.withId("menu-scroller"));
        assertThat(menu.getElement().getAttribute("role")).isEqualTo("region");
        assertThat(menu.getElement().getAttribute("aria-label")).isEqualTo("Menu");
    }
}
