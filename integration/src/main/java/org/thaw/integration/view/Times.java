package org.thaw.integration.view;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the apps write a moment for a reader: near ones by day name, others in full. */
public final class Times {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private Times() {}

    /** "Today, 14:05", "Yesterday, 09:12" or "3 Mar 2026, 14:05", in the given zone. */
    public static String relative(Instant instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        LocalDate day = instant.atZone(zone).toLocalDate();
        LocalDate today = LocalDate.now(zone);
        if (day.equals(today)) {
            return "Today, " + TIME.format(instant.atZone(zone));
        }
        if (day.equals(today.minusDays(1))) {
            return "Yesterday, " + TIME.format(instant.atZone(zone));
        }
        return DAY_TIME.format(instant.atZone(zone));
    }
}
