package org.thaw.flag.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which windows a back-dated entry touches, and which of them may open a flag, at their edges. */
class BackDatedTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void anEntryTwoDaysBackTouchesTheDaysUpToTodayOnce() {
        assertEquals(
                List.of(TODAY.minusDays(2), TODAY.minusDays(1), TODAY),
                BackDated.touched(TODAY.minusDays(2), 14, TODAY));
    }

    @Test
    void anEntryThirteenDaysBackTouchesEveryWindowOfFourteenDaysUpToToday() {
        List<LocalDate> days = BackDated.touched(TODAY.minusDays(13), 14, TODAY);
        assertEquals(14, days.size());
        assertEquals(TODAY.minusDays(13), days.get(0));
        assertEquals(TODAY, days.get(13));
    }

    @Test
    void anEntryFortyDaysBackTouchesTheFourteenWindowsHoldingItThenToday() {
        LocalDate day = TODAY.minusDays(40);
        List<LocalDate> days = BackDated.touched(day, 14, TODAY);
        assertEquals(15, days.size());
        assertEquals(day, days.get(0));
        assertEquals(day.plusDays(13), days.get(13), "the last window holding it ends 13 days after it");
        assertEquals(TODAY, days.get(14), "then today's, as ever");
    }

    @Test
    void aWindowHoldsTheDaysOfItsLength() {
        assertTrue(BackDated.holds(TODAY, 14, TODAY));
        assertTrue(BackDated.holds(TODAY, 14, TODAY.minusDays(13)));
        assertFalse(BackDated.holds(TODAY, 14, TODAY.minusDays(14)));
        assertFalse(BackDated.holds(TODAY, 14, TODAY.plusDays(1)));
    }

    @Test
    void aWindowEndingThirteenDaysAgoMayOpenAFlagAndOneEndingFourteenDaysAgoMayNot() {
        assertTrue(BackDated.mayOpen(TODAY, TODAY));
        assertTrue(BackDated.mayOpen(TODAY.minusDays(13), TODAY), "within the last 14 days, today included");
        assertFalse(BackDated.mayOpen(TODAY.minusDays(14), TODAY));
        assertFalse(BackDated.mayOpen(TODAY.minusDays(60), TODAY));
    }
}
