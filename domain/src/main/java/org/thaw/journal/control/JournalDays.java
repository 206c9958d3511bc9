package org.thaw.journal.control;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.thaw.platform.InvalidInputException;

/**
 * Which days a patient may write: a day is a calendar day in the patient's own time zone, and
 * only today's and yesterday's entries may be written or corrected.
 */
public final class JournalDays {

    private JournalDays() {}

    /** Today in the patient's zone. */
    public static LocalDate today(Clock clock, ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    /** Refuses any date but today and yesterday (in the patient's zone), naming the field. */
    public static void requireWritable(LocalDate date, Clock clock, ZoneId zone) {
        if (date == null) {
            throw new InvalidInputException("date", "is required (yyyy-mm-dd)");
        }
        LocalDate today = today(clock, zone);
        if (!date.equals(today) && !date.equals(today.minusDays(1))) {
            throw new InvalidInputException(
                    "date",
                    "must be today (" + DateTimeFormatter.ISO_LOCAL_DATE.format(today)
                            + ") or yesterday; older entries are read-only");
        }
    }

    /** The nearest day a clinician may type in from a paper diary: today and yesterday are the patient's own. */
    public static final int PAPER_NEAREST_DAYS_BACK = 2;

    /** The furthest day back a clinician may type in from a paper diary. */
    public static final int PAPER_FURTHEST_DAYS_BACK = 90;

    /**
     * Refuses, naming {@code date}, any day but those from {@value #PAPER_FURTHEST_DAYS_BACK} to
     * {@value #PAPER_NEAREST_DAYS_BACK} days before today in the patient's zone: the days a
     * clinician may type in from a paper diary.
     */
    public static void requirePaperDay(LocalDate date, Clock clock, ZoneId zone) {
        if (date == null) {
            throw new InvalidInputException("date", "is required (yyyy-mm-dd)");
        }
        LocalDate today = today(clock, zone);
        LocalDate nearest = today.minusDays(PAPER_NEAREST_DAYS_BACK);
        LocalDate furthest = today.minusDays(PAPER_FURTHEST_DAYS_BACK);
        if (date.isAfter(nearest) || date.isBefore(furthest)) {
            throw new InvalidInputException(
                    "date",
                    "must be from " + DateTimeFormatter.ISO_LOCAL_DATE.format(furthest) + " to "
                            + DateTimeFormatter.ISO_LOCAL_DATE.format(nearest)
                            + " (2 to 90 days back): today and yesterday are the patient's own to write");
        }
    }

    /**
     * How many days in a row the patient has checked in: the run of consecutive days with an
     * entry that ends today, or yesterday while today's check-in is still to come (a streak is not
     * broken before the day is over). Days after today are ignored.
     *
     * @param entryDates the days with an entry, in any order; the run can be no longer than the
     *     days given, so a caller passing a bounded window gets a bounded answer
     */
    public static int streak(Collection<LocalDate> entryDates, Clock clock, ZoneId zone) {
        Set<LocalDate> days = new HashSet<>(entryDates);
        LocalDate today = today(clock, zone);
        LocalDate day = days.contains(today) ? today : today.minusDays(1);
        int streak = 0;
        while (days.contains(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }

    /** Refuses a reversed or overlong window (more than 366 days, both ends counted). */
    public static void requireWindow(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "from" : "to", "is required (yyyy-mm-dd)");
        }
        if (from.isAfter(to)) {
            throw new InvalidInputException("from", "must not be after 'to'");
        }
        if (from.plusDays(365).isBefore(to)) {
            throw new InvalidInputException("to", "must be within 366 days of 'from' (both days counted)");
        }
    }
}
