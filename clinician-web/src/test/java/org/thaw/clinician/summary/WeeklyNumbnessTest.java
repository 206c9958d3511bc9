package org.thaw.clinician.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thaw.journal.boundary.JournalDay;

/** The weekly means at their edges: the seventh day is the week's last, a silent week has no mean (never 0). */
class WeeklyNumbnessTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final LocalDate FROM = SummaryContent.windowStart(TODAY);

    @Test
    void twelveWeeksEndOnTodayAndTheSeventhDayIsTheWeeksLast() {
        assertEquals(LocalDate.of(2026, 9, 11), FROM, "84 days, today included");
        List<WeeklyNumbness> weeks = WeeklyNumbness.of(
                List.of(day(FROM, 2), day(FROM.plusDays(6), 4), day(FROM.plusDays(7), 9), day(TODAY, 5)),
                FROM,
                SummaryContent.WEEKS);
        assertEquals(12, weeks.size());
        assertEquals(3.0, weeks.get(0).mean().getAsDouble(), 1e-9);
        assertEquals(2, weeks.get(0).entries());
        assertEquals(9.0, weeks.get(1).mean().getAsDouble(), 1e-9);
        assertEquals(TODAY.minusDays(6), weeks.get(11).from());
        assertEquals(5.0, weeks.get(11).mean().getAsDouble(), 1e-9);
    }

    @Test
    void aWeekWithoutCheckInsHasNoMean() {
        WeeklyNumbness silent =
                WeeklyNumbness.of(List.of(day(FROM, 0)), FROM, 2).get(1);
        assertTrue(silent.mean().isEmpty());
        assertEquals(0, silent.entries());
    }

    private static JournalDay day(LocalDate date, int numbness) {
        return new JournalDay(
                null, date, numbness, null, null, List.of(), null, null, null, List.of(), null, null, null, null, null,
                null);
    }
}
