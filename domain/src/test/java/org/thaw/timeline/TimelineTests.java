package org.thaw.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.thaw.flag.boundary.FlagType;
import org.thaw.flag.boundary.Severity;
import org.thaw.journal.PaperDiaryTests;
import org.thaw.medication.boundary.CourseInput;
import org.thaw.medication.boundary.CourseView;
import org.thaw.medication.boundary.DoseChangeInput;
import org.thaw.medication.boundary.DoseChangeView;
import org.thaw.medication.boundary.EnteredInErrorInput;
import org.thaw.medication.boundary.MyMedications;
import org.thaw.medication.boundary.PatientMedications;
import org.thaw.medication.boundary.SideEffectInput;
import org.thaw.medication.boundary.SideEffectView;
import org.thaw.medication.boundary.StopInput;
import org.thaw.platform.InvalidInputException;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.testing.Fixture;
import org.thaw.timeline.boundary.PatientTimeline;
import org.thaw.timeline.boundary.TimelineEvent;
import org.thaw.timeline.boundary.TimelineEventType;

/**
 * The timeline: one list of dated events across journal, screeners, medications and flags, in
 * date order, for the care team only, with one audit row per call; a course entered in error is
 * not on it. Writes happen in transactions that are rolled back.
 */
public abstract class TimelineTests extends PaperDiaryTests {

    @Inject
    PatientTimeline timeline;

    @Inject
    PatientMedications courses;

    @Inject
    MyMedications ownMedications;

    @Test
    void theTimelineListsEachCapabilitysEventsInDateOrder() throws Exception {
        LocalDate today = today(Fixture.ANNA_ZONE);
        inATransactionThatIsRolledBack(() -> {
            direct.checkIn(Fixture.ANNA, today.minusDays(20), 3, null, clock.instant());
            UUID phq9 = direct.screenerResponse(
                    Fixture.ANNA,
                    "PHQ-9",
                    12,
                    today.minusDays(15),
                    clock.instant().minusSeconds(15 * 86_400));
            UUID flagId = direct.openFlag(
                    Fixture.ANNA,
                    FlagType.DISENGAGED,
                    Severity.MEDIUM,
                    clock.instant().minusSeconds(86_400 / 2));
            direct.flushAndClear();
            clinician("dr.one");
            CourseView course = courses.record(
                    Fixture.ANNA,
                    CourseInput.of("36437", new BigDecimal("50"), "mg", "daily", today.minusDays(30), "Dr. Lee"));
            DoseChangeView change =
                    courses.addDoseChange(course.id(), DoseChangeInput.of(today.minusDays(10), new BigDecimal("7.5")));
            CourseView mistake = courses.record(
                    Fixture.ANNA,
                    CourseInput.of("36437", new BigDecimal("25"), "mg", "daily", today.minusDays(25), null));
            courses.enteredInError(mistake.id(), new EnteredInErrorInput("wrong patient"));
            courses.stop(course.id(), new StopInput(today.minusDays(4), "CANARY stop reason"));
            patient("pat.one");
            SideEffectView report = ownMedications.report(
                    new SideEffectInput(course.id(), 7, List.of("drowsiness"), null, today.minusDays(6)));

            clinician("dr.one");
            long before = lastAuditId();
            List<TimelineEvent> events = timeline.between(Fixture.ANNA, null, null);
            assertEquals(
                    new AuditRow(
                            "sub-dr.one", "dr.one", "clinician", "LIST", "timeline", null, Fixture.ANNA, "ALLOWED"),
                    onlyAuditRowAfter(before));

            List<TimelineEvent> sorted =
                    events.stream().sorted(TimelineEvent.ORDER).toList();
            assertEquals(sorted, events, "in date order");
            assertTrue(events.stream().noneMatch(e -> mistake.id().equals(e.courseId())), "entered in error: gone");

            TimelineEvent start = only(events, TimelineEventType.COURSE_START, course.id());
            assertEquals(today.minusDays(30), start.date());
            assertEquals("sertraline", start.drug());
            assertEquals(new BigDecimal("50"), start.dose());
            assertEquals("mg", start.unit());
            assertEquals("daily", start.frequency());

            TimelineEvent dose = only(events, TimelineEventType.DOSE_CHANGE, change.id());
            assertEquals(course.id(), dose.courseId());
            assertEquals(new BigDecimal("7.5"), dose.dose());
            assertEquals(
                    today.minusDays(4),
                    only(events, TimelineEventType.COURSE_STOP, course.id()).date());

            TimelineEvent sideEffect = only(events, TimelineEventType.SIDE_EFFECT, report.id());
            assertEquals(7, sideEffect.blunting());
            assertEquals(List.of("drowsiness"), sideEffect.effects());
            assertEquals("sertraline", sideEffect.drug());

            TimelineEvent screener = only(events, TimelineEventType.SCREENER, phq9);
            assertEquals("PHQ-9", screener.instrument());
            assertEquals(12, screener.value());

            TimelineEvent flag = only(events, TimelineEventType.FLAG_OPENED, flagId);
            assertEquals(FlagType.DISENGAGED, flag.flagType());

            assertTrue(events.stream()
                    .anyMatch(e -> e.type() == TimelineEventType.JOURNAL
                            && e.date().equals(today.minusDays(20))
                            && e.value() == 3));
            assertTrue(
                    events.stream().noneMatch(e -> String.valueOf(e).contains("CANARY")),
                    "no stop reason on the timeline");
        });
    }

    @Test
    void aReversedOrOverlongRangeIsRefusedNamingTheField() {
        LocalDate today = today(Fixture.ANNA_ZONE);
        clinician("dr.one");
        InvalidInputException reversed = assertThrows(
                InvalidInputException.class, () -> timeline.between(Fixture.ANNA, today, today.minusDays(1)));
        assertEquals("from", reversed.field());
        InvalidInputException overlong = assertThrows(
                InvalidInputException.class, () -> timeline.between(Fixture.ANNA, today.minusDays(366), today));
        assertEquals("to", overlong.field());
        assertEquals(
                Set.of(),
                Set.copyOf(timeline.between(Fixture.ANNA, today.minusDays(365), today).stream()
                        .filter(e -> e.date().isBefore(today.minusDays(365)))
                        .toList()),
                "366 days, both counted, are allowed");
    }

    @Test
    void anotherTeamsClinicianGetsNotFound() throws Exception {
        clinician("dr.three");
        long before = lastAuditId();
        assertThrows(RecordNotFoundException.class, () -> timeline.between(Fixture.ANNA, null, null));
        assertEquals("DENIED", onlyAuditRowAfter(before).outcome());
    }

    private static TimelineEvent only(List<TimelineEvent> events, TimelineEventType type, UUID id) {
        List<TimelineEvent> found = events.stream()
                .filter(e -> e.type() == type && e.id().equals(id))
                .toList();
        assertEquals(1, found.size(), () -> type + " " + id + " in " + events);
        return found.get(0);
    }
}
