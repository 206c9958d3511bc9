package org.thaw.integration.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.thaw.plan.boundary.Comparison;
import org.thaw.plan.boundary.GoalKind;
import org.thaw.plan.boundary.GoalProgress;
import org.thaw.screener.boundary.ChangeLabel;

/** A goal's progress reads the same plain sentence on the patient's plan and on the chart. */
class GoalWordsTest {

    private static final LocalDate START = LocalDate.of(2026, 10, 1);

    @Test
    void aScoreGoalSaysTheStartTheNowTheGoalAndWhetherItIsMet() {
        GoalProgress progress = new GoalProgress(
                new BigDecimal("14"),
                START,
                new BigDecimal("8"),
                START.plusDays(42),
                ChangeLabel.IMPROVED,
                null,
                null,
                true,
                "");
        assertEquals(
                "PHQ-9: 14 at the start, 8 now — goal: below 10 — met",
                GoalWords.progress(GoalKind.SCORE, "PHQ-9", Comparison.BELOW, 10, null, null, progress));
    }

    @Test
    void aWho5GoalIsAtLeastItsTargetAndNotYetMet() {
        GoalProgress progress = new GoalProgress(
                new BigDecimal("8"), START, new BigDecimal("11.0"), START.plusDays(14), null, null, null, false, "");
        assertEquals(
                "WHO-5: 8 at the start, 11 now — goal: at least 13 — not yet",
                GoalWords.progress(GoalKind.SCORE, "WHO-5", Comparison.AT_LEAST, 13, null, null, progress));
    }

    @Test
    void aScoreGoalWithOneTotalSaysNoNewerScoreYet() {
        GoalProgress progress =
                new GoalProgress(new BigDecimal("14"), START, new BigDecimal("14"), START, null, null, null, false, "");
        assertEquals(
                "PHQ-9: 14 at the start, no newer score yet — goal: below 10 — not yet",
                GoalWords.progress(GoalKind.SCORE, "PHQ-9", Comparison.BELOW, 10, null, null, progress));
    }

    @Test
    void aScoreGoalWithoutAnyTotalSaysSo() {
        GoalProgress progress = new GoalProgress(null, null, null, null, null, null, null, false, "");
        assertEquals(
                "PHQ-9: no score yet — goal: below 10 — not yet",
                GoalWords.progress(GoalKind.SCORE, "PHQ-9", null, 10, null, null, progress));
    }

    @Test
    void aJournalGoalSaysItsShareOfCheckInsAndHowManyAreNeeded() {
        GoalProgress progress = new GoalProgress(null, null, new BigDecimal("0.75"), null, null, 12, 10, false, "");
        assertEquals(
                "Numbness 4 or lower on most days over 2 weeks: 75 % of 12 check-ins so far (10 needed) — not yet",
                GoalWords.progress(GoalKind.JOURNAL, null, null, 4, 14, null, progress));
    }

    @Test
    void aJournalGoalWithoutCheckInsSaysSo() {
        GoalProgress progress = new GoalProgress(null, null, null, null, null, 0, 8, false, "");
        assertEquals(
                "Numbness 3 or lower on most days over 10 days: no check-ins in that time yet (8 needed) — not yet",
                GoalWords.progress(GoalKind.JOURNAL, null, null, 3, 10, null, progress));
    }

    @Test
    void aTextGoalIsItsWordsAndWhetherItIsMet() {
        GoalProgress progress = new GoalProgress(null, null, null, null, null, null, null, true, "");
        assertEquals(
                "Back at the choir once a week — met",
                GoalWords.progress(GoalKind.TEXT, null, null, null, null, "Back at the choir once a week", progress));
    }

    @Test
    void periodsOfWholeWeeksAreSaidInWeeks() {
        assertEquals("1 week", GoalWords.period(7));
        assertEquals("8 weeks", GoalWords.period(56));
        assertEquals("10 days", GoalWords.period(10));
    }
}
