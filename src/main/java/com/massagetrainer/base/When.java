package com.massagetrainer.base;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times in messages and on pages, in UTC so everyone reads the same moment. */
public final class When {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private When() {
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
