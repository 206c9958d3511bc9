package org.thaw.integration.view;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How the apps write a moment for a reader: near ones by day name, others in full; one format per
 * language ("3 Dec 2026" in English, "3 dic 2026" in Spanish), charts included.
 */
public final class Times {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Times() {}

    /** A day as the pages write it, "3 Dec 2026" (charts' tooltips too); empty for none. */
    public static String day(LocalDate day) {
        return day(day, Texts.locale());
    }

    /** A day as the pages write it in {@code locale}. */
    public static String day(LocalDate day, Locale locale) {
        return day == null ? "" : DAY.withLocale(locale).format(day).replace(".", "");
    }

    /**
     * The twelve month names as {@link #day(LocalDate, Locale)} writes them ("Jan" … "Dec", "ene" …
     * "dic"), for the charts' date axis, which the browser writes with moment.js.
     */
    public static List<String> months(Locale locale) {
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM", locale);
        return Arrays.stream(Month.values())
                .map(m -> month.format(LocalDate.of(2000, m, 1)).replace(".", ""))
                .toList();
    }

    /**
     * "Today, 14:05", "Yesterday, 09:12" or "3 Mar 2026, 14:05", in the given zone; "today" is the
     * day of {@code clock} (the application's injected clock) in that zone, not the server's.
     */
    public static String relative(Instant instant, ZoneId zone, Clock clock) {
        return relative(instant, zone, clock, Texts.locale());
    }

    /** As {@link #relative(Instant, ZoneId, Clock)}, in {@code locale}. */
    public static String relative(Instant instant, ZoneId zone, Clock clock, Locale locale) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime at = instant.atZone(zone);
        LocalDate day = at.toLocalDate();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        if (day.equals(today)) {
            return Texts.get(locale, "time.today", TIME.format(at));
        }
        if (day.equals(today.minusDays(1))) {
            return Texts.get(locale, "time.yesterday", TIME.format(at));
        }
        return DAY_TIME.withLocale(locale).format(at).replace(".", "");
    }
}
