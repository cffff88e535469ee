package com.massagetrainer.base;

import com.vaadin.flow.router.RouteParameters;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads record ids out of URLs ({@code quiz/:attemptId}). Anything that is not a plain positive number that fits
 * a long ({@code quiz/abc}, {@code quiz/-1}, twenty digits) is no id at all: empty, so the view answers with the same
 * "not found" page as for an unknown number instead of an internal error. Vaadin's own getLong throws there.
 */
public final class RouteIds {

    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    private RouteIds() {
    }

    public static Optional<Long> id(RouteParameters parameters, String name) {
        return parameters.get(name).filter(value -> ID.matcher(value).matches()).map(Long::parseLong);
    }
}
