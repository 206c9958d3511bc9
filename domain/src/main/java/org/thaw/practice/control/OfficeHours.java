package org.thaw.practice.control;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The practice's office hours, written as a setting like {@code MON-FRI 09:00-17:00} or {@code
 * MON,TUE,THU 08:30-12:30}: the days (a range or a list of three-letter days), then the opening and
 * closing time, in the practice time zone. Outside them, a patient's message gets an automatic
 * reply.
 */
public record OfficeHours(Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {

    /** What {@link #parse} accepts, in words, for a refusal. */
    public static final String FORMAT = "must look like MON-FRI 09:00-17:00 (days as a range or a list such as"
            + " MON,WED,FRI; opening before closing time)";

    private static final Pattern SHAPE =
            Pattern.compile("\\s*([A-Za-z,\\-\\s]+?)\\s+(\\d{2}:\\d{2})\\s*-\\s*(\\d{2}:\\d{2})\\s*");
    private static final List<String> NAMES = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    public OfficeHours {
        days = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException(FORMAT);
        }
    }

    /** Reads the setting; an {@link IllegalArgumentException} says what is allowed. */
    public static OfficeHours parse(String text) {
        Matcher m = SHAPE.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException(FORMAT);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part :
                m.group(1).toUpperCase(Locale.ROOT).replaceAll("\\s", "").split(",", -1)) {
            String[] range = part.split("-", -1);
            if (range.length > 2 || range[0].isEmpty()) {
                throw new IllegalArgumentException(FORMAT);
            }
            int from = day(range[0]);
            int to = range.length == 2 ? day(range[1]) : from;
            if (to < from) {
                throw new IllegalArgumentException(FORMAT);
            }
            for (int d = from; d <= to; d++) {
                days.add(DayOfWeek.of(d + 1));
            }
        }
        try {
            return new OfficeHours(days, LocalTime.parse(m.group(2)), LocalTime.parse(m.group(3)));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(FORMAT, e);
        }
    }

    private static int day(String name) {
        int i = NAMES.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(FORMAT);
        }
        return i;
    }

    /** True when {@code at} falls on an office day, from opening (inclusive) to closing (exclusive). */
    public boolean isOpen(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        return days.contains(local.getDayOfWeek()) && !time.isBefore(opens) && time.isBefore(closes);
    }

    /** "Monday to Friday, 09:00–17:00" for a patient to read. */
    public String describe() {
        return describe(Locale.ENGLISH, "{0} to {1}", "no days");
    }

    /**
     * The hours in words in {@code locale}, the days' names in its language: {@code range} joins the
     * first and last day of a run ({@code "{0} to {1}"}), {@code none} stands for no days.
     */
    public String describe(Locale locale, String range, String none) {
        List<DayOfWeek> list = new ArrayList<>(days);
        String when;
        if (list.isEmpty()) {
            when = none;
        } else if (list.size() > 2
                && list.get(list.size() - 1).getValue() - list.get(0).getValue() == list.size() - 1) {
            when = new MessageFormat(range, locale)
                    .format(new Object[] {name(list.get(0), locale), name(list.get(list.size() - 1), locale)});
        } else {
            when = String.join(", ", list.stream().map(d -> name(d, locale)).toList());
        }
        return when + ", " + opens + "–" + closes;
    }

    private static String name(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.FULL, locale);
    }
}
