package org.thaw.flag.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which windows a journal entry for an earlier day touches, and which of them may open a flag
 * (docs/clinical-rules.md, "Paper diary"). An entry typed in from a paper diary weeks later is
 * evaluated as of its own day: every window that holds it, each ending on one of the days from the
 * entry's day to the widest window's last day (never after today), and today's. A window ending
 * more than {@value #OPENS_WITHIN_DAYS} days ago may add evidence to an active flag of its type,
 * but never opens one: a flag about a past the care team can no longer act on is noise.
 */
public final class BackDated {

    /** A window may open a flag only if it ends within this many days, today included. */
    public static final int OPENS_WITHIN_DAYS = 14;

    private BackDated() {}

    /**
     * The evaluation days of an entry for {@code day}: {@code day} to {@code day + widestWindow - 1}
     * (the last window holding it), never after {@code today}, then today, oldest first, each once.
     */
    public static List<LocalDate> touched(LocalDate day, int widestWindowDays, LocalDate today) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate last = day.plusDays(widestWindowDays - 1L);
        for (LocalDate d = day; !d.isAfter(last) && !d.isAfter(today); d = d.plusDays(1)) {
            days.add(d);
        }
        if (!days.contains(today) && !day.isAfter(today)) {
            days.add(today);
        }
        return days;
    }

    /** True when a window of {@code windowDays} ending on {@code windowEnd} holds {@code day}. */
    public static boolean holds(LocalDate windowEnd, int windowDays, LocalDate day) {
        return !day.isAfter(windowEnd) && day.isAfter(windowEnd.minusDays(windowDays));
    }

    /** True when a window ending on {@code windowEnd} may open a flag: it ends within the last {@value #OPENS_WITHIN_DAYS} days. */
    public static boolean mayOpen(LocalDate windowEnd, LocalDate today) {
        return windowEnd.isAfter(today.minusDays(OPENS_WITHIN_DAYS));
    }
}
