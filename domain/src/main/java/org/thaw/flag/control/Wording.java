package org.thaw.flag.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How evidence reads: what was observed, over which days; never a cause or a diagnosis. */
final class Wording {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d", Locale.ENGLISH);

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Wording() {}

    /** "23 November 2026". */
    static String day(LocalDate day) {
        return DAY_MONTH_YEAR.format(day);
    }

    /** "10–23 March", or "28 February – 13 March" across months. */
    static String span(LocalDate from, LocalDate to) {
        if (from.getMonth() == to.getMonth() && from.getYear() == to.getYear()) {
            return DAY.format(from) + "–" + DAY_MONTH.format(to);
        }
        return DAY_MONTH.format(from) + " – " + DAY_MONTH.format(to);
    }
}
