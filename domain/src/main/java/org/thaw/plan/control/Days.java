package org.thaw.plan.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a plan's days read in its sentences: "3 September 2026". */
public final class Days {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Days() {}

    public static String day(LocalDate day) {
        return DAY.format(day);
    }
}
