package com.massagetrainer.ui;

import com.massagetrainer.KaribuTest;
import com.massagetrainer.account.TestAccounts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every route with an id in its URL answers a malformed id (quiz/abc, a negative or too long number) with the same
 * "not found" page as an unknown number, never an internal error. Routes added later are covered automatically.
 */
class BadRouteIdsTest extends KaribuTest {

    private static final Pattern ID_PARAMETER = Pattern.compile(":(\\w+Id)\\??");

    private static String fill(String template, String value) {
        return ID_PARAMETER.matcher(template).replaceAll(value);
    }

    @Test
    void everyRouteWithAnIdAnswersABadIdLikeAnUnknownOne() {
        login(TestAccounts.ADMIN);
        List<String> templates = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate).filter(t -> ID_PARAMETER.matcher(t).find()).toList();
        assertThat(templates).contains("quiz/:attemptId", "classes/:classId");
        for (String template : templates) {
            String unknownPath = fill(template, "987654321");
            Throwable unknown = catchThrowable(() -> UI.getCurrent().navigate(unknownPath));
            assertThat(unknown).as(unknownPath).isInstanceOf(NotFoundException.class);
            for (String bad : List.of("abc", "-1", "12x", "99999999999999999999")) {
                String badPath = fill(template, bad);
                Throwable thrown = catchThrowable(() -> UI.getCurrent().navigate(badPath));
                assertThat(thrown).as(badPath).isInstanceOf(NotFoundException.class);
                assertThat(thrown.getMessage().replace(badPath, "PATH"))
                        .as(badPath).isEqualTo(unknown.getMessage().replace(unknownPath, "PATH"));
            }
        }
    }
}
