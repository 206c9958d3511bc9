package org.thaw.plan.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thaw.plan.boundary.Comparison;
import org.thaw.plan.boundary.GoalProgress;
import org.thaw.screener.boundary.ChangeLabel;
import org.thaw.screener.boundary.Source;
import org.thaw.screener.control.Instrument;
import org.thaw.screener.control.InstrumentCatalogue;
import org.thaw.screener.entity.ScreenerResponse;

/** Goal progress at its edges (docs/clinical-rules.md, "Treatment plans"). */
class ProgressTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 3);
    private static final Instrument PHQ9 =
            InstrumentCatalogue.standard().find("PHQ-9").orElseThrow();
    private static final Instrument WHO5 =
            InstrumentCatalogue.standard().find("WHO-5").orElseThrow();

    private static ScreenerResponse result(String instrument, LocalDate day, int total) {
        return new ScreenerResponse(
                UUID.randomUUID(),
                UUID.randomUUID(),
                instrument,
                null,
                Source.PATIENT,
                Map.of(),
                total,
                null,
                false,
                day,
                day.atTime(18, 0).toInstant(ZoneOffset.UTC),
                null);
    }

    @ParameterizedTest(name = "PHQ-9 {0} against below 10: met {1}")
    @CsvSource({"9, true", "10, false", "11, false"})
    void aBelowGoalIsMetOnlyUnderTheTarget(int current, boolean met) {
        List<ScreenerResponse> results =
                List.of(result("PHQ-9", START.minusDays(1), 18), result("PHQ-9", START.plusDays(40), current));

        GoalProgress p = Progress.score(PHQ9, Comparison.BELOW, 10, results, START);

        assertEquals(met, p.met());
        assertEquals(new BigDecimal(18), p.baseline());
        assertEquals(new BigDecimal(current), p.current());
    }

    @ParameterizedTest(name = "WHO-5 {0} against at least 52: met {1}")
    @CsvSource({"48, false", "52, true", "56, true"})
    void anAtLeastGoalIsMetFromTheTargetOn(int current, boolean met) {
        List<ScreenerResponse> results =
                List.of(result("WHO-5", START, 28), result("WHO-5", START.plusDays(30), current));

        assertEquals(
                met,
                Progress.score(WHO5, Comparison.AT_LEAST, 52, results, START).met());
    }

    @Test
    void carriesTheScreenersReliableChangeLabel() {
        List<ScreenerResponse> improved = List.of(result("PHQ-9", START, 18), result("PHQ-9", START.plusDays(28), 13));
        List<ScreenerResponse> notMeaningful =
                List.of(result("PHQ-9", START, 18), result("PHQ-9", START.plusDays(28), 14));

        assertEquals(
                ChangeLabel.IMPROVED,
                Progress.score(PHQ9, Comparison.BELOW, 10, improved, START).change());
        assertEquals(
                ChangeLabel.NO_MEANINGFUL_CHANGE,
                Progress.score(PHQ9, Comparison.BELOW, 10, notMeaningful, START).change());
    }

    @Test
    void theBaselineAloneHasNoChangeLabelAndReadsAsOneScore() {
        List<ScreenerResponse> results = List.of(result("PHQ-9", START.minusDays(30), 18));

        GoalProgress p = Progress.score(PHQ9, Comparison.BELOW, 10, results, START);

        assertNull(p.change());
        assertEquals(p.baseline(), p.current());
        assertEquals("PHQ-9 18 on 4 August 2026: not yet (target below 10)", p.summary());
    }

    @Test
    void aResultOlderThanTheBaselineWindowIsNotThePlans() {
        List<ScreenerResponse> results = List.of(result("PHQ-9", START.minusDays(31), 8));

        GoalProgress p = Progress.score(PHQ9, Comparison.BELOW, 10, results, START);

        assertFalse(p.met());
        assertNull(p.current());
        assertEquals("No PHQ-9 since the plan started yet", p.summary());
    }

    @Test
    void withNoResultBeforeTheStartTheFirstAfterIsTheBaseline() {
        List<ScreenerResponse> results = List.of(
                result("PHQ-9", START.plusDays(3), 16),
                result("PHQ-9", START.plusDays(17), 12),
                result("PHQ-9", START.plusDays(31), 9));

        GoalProgress p = Progress.score(PHQ9, Comparison.BELOW, 10, results, START);

        assertEquals(new BigDecimal(16), p.baseline());
        assertEquals(START.plusDays(3), p.baselineOn());
        assertEquals(new BigDecimal(9), p.current());
        assertTrue(p.met());
        assertEquals("PHQ-9 16 on 6 September 2026 → 9 on 4 October 2026: goal met (target below 10)", p.summary());
    }

    private static List<Progress.DayValue> days(LocalDate today, int... values) {
        List<Progress.DayValue> days = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            days.add(new Progress.DayValue(today.minusDays(i), values[i]));
        }
        return days;
    }

    @Test
    void aJournalGoalNeedsTenEntriesOfFourteenDays() {
        LocalDate today = LocalDate.of(2026, 11, 20);

        GoalProgress nine = Progress.journal("numbness", 4, 14, days(today, 2, 2, 2, 2, 2, 2, 2, 2, 2), today);
        GoalProgress ten = Progress.journal("numbness", 4, 14, days(today, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2), today);

        assertFalse(nine.met());
        assertEquals(9, nine.entries());
        assertEquals(10, nine.entriesNeeded());
        assertTrue(ten.met());
        assertEquals(new BigDecimal("1.00"), ten.current());
    }

    @ParameterizedTest(name = "{0} of 10 entries at or under the target: met {1}")
    @CsvSource({"7, false", "8, true", "10, true"})
    void aJournalGoalNeedsEightyPercentOfEntriesAtOrUnderTheTarget(int under, boolean met) {
        LocalDate today = LocalDate.of(2026, 11, 20);
        int[] values = new int[10];
        for (int i = 0; i < 10; i++) {
            values[i] = i < under ? 4 : 5;
        }

        GoalProgress p = Progress.journal("numbness", 4, 14, days(today, values), today);

        assertEquals(met, p.met());
        assertEquals(BigDecimal.valueOf(under).divide(BigDecimal.TEN).setScale(2), p.current());
    }

    @Test
    void entriesOutsideTheWindowAreNotCounted() {
        LocalDate today = LocalDate.of(2026, 11, 20);
        List<Progress.DayValue> values = new ArrayList<>(days(today, 1, 1, 1, 1, 1, 1, 1, 1, 1));
        values.add(new Progress.DayValue(today.minusDays(14), 1));

        GoalProgress p = Progress.journal("numbness", 4, 14, values, today);

        assertEquals(9, p.entries());
        assertFalse(p.met());
    }

    @ParameterizedTest(name = "{0} days need {1} entries")
    @CsvSource({"7, 5", "14, 10", "10, 8", "56, 40"})
    void entriesNeededAreDaysTimesFiveSeventhsRoundedUp(int days, int needed) {
        assertEquals(needed, Progress.entriesNeeded(days));
    }

    @Test
    void aTextGoalIsMetOnlyWhenMarked() {
        assertFalse(Progress.text(null).met());
        GoalProgress marked = Progress.text(LocalDate.of(2026, 10, 1));
        assertTrue(marked.met());
        assertEquals("Marked met on 1 October 2026", marked.summary());
    }
}
