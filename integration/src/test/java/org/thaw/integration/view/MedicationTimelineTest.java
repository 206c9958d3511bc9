package org.thaw.integration.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.thaw.journal.boundary.JournalDay;
import org.thaw.medication.boundary.CourseView;
import org.thaw.medication.boundary.DoseChangeView;
import org.thaw.medication.boundary.DrugClass;
import org.thaw.medication.boundary.SideEffectView;

/** The medication timeline's configuration and its one-line summary. */
class MedicationTimelineTest {

    private static final LocalDate FROM = LocalDate.parse("2026-09-01");
    private static final LocalDate TO = LocalDate.parse("2026-11-29");
    private static final LocalDate START = LocalDate.parse("2026-10-01");
    private static final LocalDate RAISED = LocalDate.parse("2026-11-01");

    @Test
    void aTimeAxisWithTheNumbnessLineReportMarkersAndABarPerDoseStep() {
        String config = MedicationTimeline.config(
                journal(), List.of(sertraline(false, null)), List.of(report(TO.minusDays(2), 7)), FROM, TO);

        assertTrue(config.contains("\"x\":{\"type\":\"time\",\"min\":\"2026-09-01\",\"max\":\"2026-11-29\""), config);
        assertTrue(config.contains("{\"label\":\"Numbness\",\"data\":[{\"x\":\"2026-09-17\",\"y\":3},"), config);
        assertTrue(
                config.contains(
                        "{\"label\":\"Side-effect report (blunting 0–10)\",\"data\":[{\"x\":\"2026-11-27\",\"y\":7}]"),
                config);
        assertTrue(
                config.contains("{\"label\":\"sertraline 50 mg once a day, started 1 Oct 2026\",\"data\":["
                        + "{\"x\":\"2026-10-01\",\"y\":\"sertraline\"},{\"x\":\"2026-11-01\",\"y\":\"sertraline\"}]"),
                config);
        assertTrue(
                config.contains("{\"label\":\"sertraline 100 mg once a day, from 1 Nov 2026\",\"data\":["
                        + "{\"x\":\"2026-11-01\",\"y\":\"sertraline\"},{\"x\":\"2026-11-29\",\"y\":\"sertraline\"}]"),
                config);
        assertTrue(config.contains("\"med\":{\"type\":\"category\",\"labels\":[\"sertraline\"]"), config);
        assertEquals(4, config.split("\"label\":", -1).length - 1, "numbness, reports and two dose steps");
    }

    @Test
    void theSummarySaysWhatTheChartShows() {
        String summary = MedicationTimeline.summary(
                journal(), List.of(sertraline(false, null)), List.of(report(TO.minusDays(2), 7)), FROM, TO);

        assertEquals(
                "sertraline started 1 Oct 2026 at 50 mg once a day, dose raised 1 Nov to 100 mg once a day;"
                        + " 1 side-effect report, blunting 7 on 27 Nov;"
                        + " numbness mean 3.0 in the 14 days before 1 Oct → 7.5 in the last 14 days",
                summary);
    }

    @Test
    void aStoppedCourseEndsItsBarWithAStopMarker() {
        CourseView stopped = sertraline(false, LocalDate.parse("2026-11-20"));

        String config = MedicationTimeline.config(journal(), List.of(stopped), List.of(), FROM, TO);

        assertTrue(config.contains("from 1 Nov 2026, stopped 20 Nov 2026\""), config);
        assertTrue(config.contains("{\"x\":\"2026-11-20\",\"y\":\"sertraline\"}],"), config);
        assertTrue(config.contains("\"pointStyle\":[\"rectRot\",\"crossRot\"]"), config);
        assertTrue(
                MedicationTimeline.summary(journal(), List.of(stopped), List.of(), FROM, TO)
                        .contains("stopped 20 Nov"),
                "the summary names the stop");
    }

    @Test
    void aCourseEnteredInErrorIsNotDrawn() {
        String config = MedicationTimeline.config(journal(), List.of(sertraline(true, null)), List.of(), FROM, TO);

        assertFalse(config.contains("sertraline"), config);
        assertFalse(config.contains("\"med\""), config);
        assertTrue(MedicationTimeline.summary(journal(), List.of(sertraline(true, null)), List.of(), FROM, TO)
                .startsWith("no medication recorded in this period"));
    }

    @Test
    void aNameCannotBreakOutOfItsString() {
        CourseView odd = course("x</script>\"", START, null, false, List.of());

        String config = MedicationTimeline.config(List.of(), List.of(odd), List.of(), FROM, TO);

        assertFalse(config.contains("</script>"), config);
        assertTrue(config.contains("x\\u003c/script\\u003e\\\""), config);
    }

    /** 3 before the start, 5 in its first month, 7 and 8 after the increase. */
    private static List<JournalDay> journal() {
        List<JournalDay> days = new ArrayList<>();
        for (LocalDate d = START.minusDays(14); d.isBefore(TO); d = d.plusDays(1)) {
            int numbness = d.isBefore(START) ? 3 : d.isBefore(RAISED) ? 5 : d.getDayOfMonth() % 2 == 0 ? 7 : 8;
            days.add(day(d, numbness));
        }
        return days;
    }

    private static CourseView sertraline(boolean enteredInError, LocalDate stoppedOn) {
        DoseChangeView raised = new DoseChangeView(
                UUID.randomUUID(), RAISED, new BigDecimal("100"), "mg", "daily", "dr.rivera", Instant.EPOCH);
        return course("sertraline", START, stoppedOn, enteredInError, List.of(raised));
    }

    private static CourseView course(
            String name, LocalDate started, LocalDate stoppedOn, boolean enteredInError, List<DoseChangeView> changes) {
        BigDecimal current = changes.isEmpty()
                ? new BigDecimal("50")
                : changes.get(changes.size() - 1).dose();
        return new CourseView(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "36437",
                name,
                DrugClass.SSRI,
                true,
                new BigDecimal("50"),
                "mg",
                "daily",
                started,
                "Dr. Lee",
                stoppedOn,
                null,
                current,
                "mg",
                "daily",
                enteredInError,
                enteredInError ? Instant.EPOCH : null,
                enteredInError ? "dr.rivera" : null,
                enteredInError ? "wrong patient" : null,
                Instant.EPOCH,
                "dr.rivera",
                changes,
                List.of(),
                List.of());
    }

    private static SideEffectView report(LocalDate on, int blunting) {
        return new SideEffectView(
                UUID.randomUUID(), null, "sertraline", blunting, List.of("blunting"), null, null, on, Instant.EPOCH);
    }

    private static JournalDay day(LocalDate date, int numbness) {
        return new JournalDay(
                UUID.randomUUID(),
                date,
                numbness,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                Instant.EPOCH,
                null,
                null);
    }
}
