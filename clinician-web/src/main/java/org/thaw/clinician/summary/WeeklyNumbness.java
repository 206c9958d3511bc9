package org.thaw.clinician.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.thaw.journal.boundary.JournalDay;

/**
 * One week of the numbness trend: its first day, the mean numbness of its check-ins (empty when
 * there were none) and how many there were. Weeks are counted back from the window's last day, so
 * the last week always ends today.
 */
record WeeklyNumbness(LocalDate from, OptionalDouble mean, int entries) {

    /** The {@code weeks} weeks starting on {@code from}, oldest first. */
    static List<WeeklyNumbness> of(List<JournalDay> days, LocalDate from, int weeks) {
        List<WeeklyNumbness> result = new ArrayList<>(weeks);
        for (int i = 0; i < weeks; i++) {
            LocalDate start = from.plusDays(7L * i);
            LocalDate end = start.plusDays(6);
            List<JournalDay> week = days.stream()
                    .filter(d -> !d.date().isBefore(start) && !d.date().isAfter(end))
                    .toList();
            result.add(new WeeklyNumbness(
                    start, week.stream().mapToInt(JournalDay::numbness).average(), week.size()));
        }
        return result;
    }
}
