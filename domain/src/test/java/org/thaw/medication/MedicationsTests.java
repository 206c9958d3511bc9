package org.thaw.medication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.thaw.flag.boundary.EvidenceSource;
import org.thaw.flag.boundary.FlagType;
import org.thaw.flag.boundary.FlagView;
import org.thaw.flag.boundary.FlagView.EvidenceView;
import org.thaw.flag.boundary.Severity;
import org.thaw.journal.boundary.JournalInput;
import org.thaw.journal.boundary.MedicationAffectsFeeling;
import org.thaw.journal.boundary.SavedDay;
import org.thaw.medication.boundary.CourseInput;
import org.thaw.medication.boundary.CourseView;
import org.thaw.medication.boundary.DoseChangeInput;
import org.thaw.medication.boundary.DoseChangeView;
import org.thaw.medication.boundary.EnteredInErrorInput;
import org.thaw.medication.boundary.MedicationChoices;
import org.thaw.medication.boundary.MyCourseView;
import org.thaw.medication.boundary.MyMedications;
import org.thaw.medication.boundary.NoteInput;
import org.thaw.medication.boundary.PatientMedications;
import org.thaw.medication.boundary.SideEffectInput;
import org.thaw.medication.boundary.SideEffectView;
import org.thaw.medication.boundary.StopInput;
import org.thaw.message.MessagingBoundaryTests;
import org.thaw.platform.InvalidInputException;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.testing.Fixture;

/**
 * Medications: the care team records a course, its dose changes, a stop, notes and corrections;
 * the patient lists their courses and reports side effects; a course event that numbness followed
 * raises MEDICATION_ONSET with evidence naming the course; clinician notes and stop reasons never
 * reach the patient; another team's patient or course is "not found"; refused input stores nothing;
 * every call leaves its audit row. Tests that write work in a transaction they roll back (Anna's
 * courses and journal), or are refused before anything is written. How the boundary tests share
 * one database: {@link org.thaw.testing.AbstractBoundaryIT}.
 */
public abstract class MedicationsTests extends MessagingBoundaryTests {

    private static final String CANARY = "CANARY-5e1f clinician only";
    private static final BigDecimal FIFTY = new BigDecimal("50");

    @Inject
    PatientMedications medications;

    @Inject
    MyMedications myMedications;

    @Inject
    MedicationChoices choices;

    private static CourseInput sertraline(LocalDate startedOn) {
        return CourseInput.of("36437", FIFTY, "mg", "daily", startedOn, "Dr. Lee");
    }

    @Test
    void aDoseIncreaseThatANumbRunFollowedRaisesMedicationOnsetNamingTheCourse() throws Exception {
        LocalDate today = today(Fixture.ANNA_ZONE);
        LocalDate increase = today.minusDays(27);
        inATransactionThatIsRolledBack(() -> {
            Instant now = clock.instant();
            for (LocalDate d = increase.minusDays(14); d.isBefore(increase); d = d.plusDays(1)) {
                direct.checkIn(Fixture.ANNA, d, 2, null, now); // calm before the increase
            }
            earlierCheckIns(Fixture.ANNA, today, 13, 8, 0); // numb for the 13 days before today
            clinician("dr.one");
            long before = lastAuditId();
            CourseView course = medications.record(Fixture.ANNA, sertraline(today.minusDays(70)));
            assertEquals(
                    new AuditRow(
                            "sub-dr.one",
                            "dr.one",
                            "clinician",
                            "CREATE",
                            "medication_course",
                            course.id().toString(),
                            Fixture.ANNA,
                            "ALLOWED"),
                    onlyAuditRowAfter(before));
            assertTrue(flagsOf(Fixture.ANNA, FlagType.MEDICATION_ONSET).isEmpty(), "a start 70 days back fits nothing");

            clinician("dr.one");
            DoseChangeView change =
                    medications.addDoseChange(course.id(), DoseChangeInput.of(increase, new BigDecimal("100")));
            assertEquals("mg", change.unit());
            assertEquals("daily", change.frequency());

            patient("pat.one");
            myJournal.save(today, checkIn(8, null));

            FlagView flag = onlyFlag(Fixture.ANNA, FlagType.MEDICATION_ONSET);
            flag.evidence()
                    .forEach(e -> System.err.println(
                            "DEBUGEV " + e.summary() + " refs=" + e.refs().size() + " at " + e));
            assertEquals(Severity.MEDIUM, flag.severity());
            assertEquals("Possible medication-related blunting — review", flag.label());
            String event = "the dose increase of sertraline to 100 mg once a day on " + longDay(increase);
            // the dose change found the run of the 13 days before today; today's save adds the newest
            EvidenceView run = flag.evidence().stream()
                    .filter(e -> e.summary().startsWith("numbness ≥ 6"))
                    .reduce((older, newer) -> newer)
                    .orElseThrow(() -> new AssertionError(summaries(flag).toString()));
            assertTrue(
                    run.summary().endsWith("a run from " + longDay(today.minusDays(13)) + ": 14 days after " + event),
                    run.summary());
            assertEquals(course.id(), run.refs().get(0), "the evidence names the course first");
            assertEquals(
                    Set.copyOf(entryIds(Fixture.ANNA, today.minusDays(13), today)),
                    Set.copyOf(run.refs().subList(1, run.refs().size())),
                    "then the run's numb entries");
            assertEquals(EvidenceSource.MEDICATION, run.source());
            assertEquals(increase, run.windowStart());
            assertTrue(
                    flag.evidence().stream()
                            .anyMatch(e -> e.summary().startsWith("mean numbness 8.0 over 7 entries")
                                    && e.summary()
                                            .contains("6.0 points above 2.0 over 7 entries in the 7 days before "
                                                    + event)),
                    () -> summaries(flag).toString());
            assertFalse(summaries(flag).stream().anyMatch(s -> s.contains("caused")), "never a cause");
        });
    }

    @Test
    void aReportOfBluntingSixAboutARunningCourseRaisesMedicationOnsetAndFiveDoesNot() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            clinician("dr.one");
            CourseView course = medications.record(
                    Fixture.ANNA, sertraline(today(Fixture.ANNA_ZONE).minusDays(3)));

            patient("pat.one");
            myMedications.report(new SideEffectInput(course.id(), 5, List.of(), null, null));
            assertTrue(flagsOf(Fixture.ANNA, FlagType.MEDICATION_ONSET).isEmpty());

            patient("pat.one");
            long before = lastAuditId();
            SideEffectView report = myMedications.report(
                    new SideEffectInput(course.id(), 6, List.of("sexual", "blunting"), " flat since the start ", null));
            assertEquals(List.of("blunting", "sexual"), report.effects());
            assertEquals("flat since the start", report.note());
            assertEquals("sertraline", report.courseName());
            AuditRow audit = onlyAuditRowAfter(before);
            assertEquals("side_effect_report", audit.recordType());
            assertEquals(report.id().toString(), audit.recordId());
            assertEquals("pat.one", audit.username());

            FlagView flag = onlyFlag(Fixture.ANNA, FlagType.MEDICATION_ONSET);
            assertEquals(
                    List.of(course.id(), report.id()), flag.evidence().get(0).refs());
            assertTrue(
                    summaries(flag).get(0).startsWith("blunting 6 of 10 reported on "),
                    summaries(flag).get(0));

            clinician("dr.two");
            assertEquals(
                    List.of(report.id()),
                    medications.sideEffects(Fixture.ANNA).stream()
                            .map(SideEffectView::id)
                            .filter(report.id()::equals)
                            .toList(),
                    "the care team reads the patient's reports");
        });
    }

    @Test
    void clinicianNotesAndStopReasonsNeverReachThePatient() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            LocalDate today = today(Fixture.ANNA_ZONE);
            clinician("dr.one");
            CourseView course = medications.record(Fixture.ANNA, sertraline(today.minusDays(30)));
            medications.addNote(course.id(), new NoteInput(CANARY + ": discussed blunting; dose reduced 100→50 mg"));
            medications.stop(course.id(), new StopInput(today.minusDays(1), CANARY + " stop reason"));

            clinician("dr.two");
            CourseView seen = medications.ofPatient(Fixture.ANNA).stream()
                    .filter(c -> c.id().equals(course.id()))
                    .findFirst()
                    .orElseThrow();
            assertEquals(1, seen.notes().size());
            assertTrue(seen.notes().get(0).text().startsWith(CANARY));
            assertEquals("Dana Lind", seen.notes().get(0).writtenByName());
            assertEquals(CANARY + " stop reason", seen.stopReason());

            patient("pat.one");
            List<MyCourseView> mine = myMedications.courses();
            SideEffectView report = myMedications.report(new SideEffectInput(course.id(), 2, null, null, null));
            List<SideEffectView> reports = myMedications.reports();

            MyCourseView own = mine.stream()
                    .filter(c -> c.id().equals(course.id()))
                    .findFirst()
                    .orElseThrow();
            assertEquals(today.minusDays(1), own.stoppedOn(), "the stop is the patient's to see, its reason is not");
            for (Object answer : List.of(mine, report, reports)) {
                assertFalse(
                        answer.toString().contains("CANARY"), () -> "the patient read a clinician's words: " + answer);
            }
        });
    }

    @Test
    void anotherTeamsPatientOrCourseIsNotFoundAndNothingIsStored() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            clinician("dr.one");
            CourseView annas = medications.record(
                    Fixture.ANNA, sertraline(today(Fixture.ANNA_ZONE).minusDays(5)));

            clinician("dr.three"); // Cora's team; was Anna's primary once (history, not access)
            long before = lastAuditId();
            assertThrows(RecordNotFoundException.class, () -> medications.ofPatient(Fixture.ANNA));
            assertThrows(
                    RecordNotFoundException.class,
                    () -> medications.record(Fixture.ANNA, sertraline(today(Fixture.ANNA_ZONE))));
            assertThrows(RecordNotFoundException.class, () -> medications.addNote(annas.id(), new NoteInput("hello")));
            assertThrows(
                    RecordNotFoundException.class,
                    () -> medications.addDoseChange(annas.id(), DoseChangeInput.of(today(Fixture.ANNA_ZONE), FIFTY)));
            assertThrows(RecordNotFoundException.class, () -> medications.sideEffects(Fixture.ANNA));
            assertThrows(
                    RecordNotFoundException.class,
                    () -> medications.enteredInError(UUID.randomUUID(), new EnteredInErrorInput("no such course")));
            assertEquals(
                    List.of("DENIED", "DENIED", "DENIED", "DENIED", "DENIED", "DENIED"),
                    auditRowsAfter(before).stream().map(AuditRow::outcome).toList());

            clinician("dr.one");
            assertEquals(
                    List.of(annas.id()),
                    medications.ofPatient(Fixture.ANNA).stream()
                            .map(CourseView::id)
                            .toList());
            assertEquals(List.of(), medications.ofPatient(Fixture.ANNA).get(0).notes());
        });
    }

    @Test
    void aPatientReportsOnlyAboutTheirOwnCourses() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            clinician("dr.one");
            CourseView annas = medications.record(
                    Fixture.ANNA, sertraline(today(Fixture.ANNA_ZONE).minusDays(5)));

            patient("pat.three");
            InvalidInputException refused = assertThrows(
                    InvalidInputException.class,
                    () -> myMedications.report(new SideEffectInput(annas.id(), 8, null, null, null)));
            assertEquals("courseId", refused.field());
            assertEquals(
                    List.of(),
                    myMedications.courses().stream().map(MyCourseView::id).toList());
        });
    }

    @Test
    void refusedInputNamesEachFieldAndStoresNothing() throws SQLException {
        LocalDate today = today(Fixture.ANNA_ZONE);
        long courses = count("medication_course");
        long reports = count("side_effect_report");
        clinician("dr.one");
        long before = lastAuditId();

        InvalidInputException negative = assertThrows(
                InvalidInputException.class,
                () -> medications.record(
                        Fixture.ANNA, CourseInput.of("36437", new BigDecimal("-5"), "mg", "daily", today, null)));
        InvalidInputException zero = assertThrows(
                InvalidInputException.class,
                () -> medications.record(
                        Fixture.ANNA, CourseInput.of("36437", BigDecimal.ZERO, "mg", "daily", today, null)));
        InvalidInputException codes = assertThrows(
                InvalidInputException.class,
                () -> medications.record(
                        Fixture.ANNA,
                        new CourseInput(
                                "12345", null, null, FIFTY, "g", "hourly", today, null, today.minusDays(1), null)));
        InvalidInputException missing =
                assertThrows(InvalidInputException.class, () -> medications.record(Fixture.ANNA, null));

        assertEquals(Set.of("dose"), fields(negative));
        assertEquals(Set.of("dose"), fields(zero));
        assertEquals(Set.of("rxnorm", "unit", "frequency", "stoppedOn"), fields(codes));
        assertEquals(Set.of("input"), fields(missing));

        patient("pat.one");
        InvalidInputException report = assertThrows(
                InvalidInputException.class,
                () -> myMedications.report(new SideEffectInput(null, 11, List.of("nausea"), null, null)));
        InvalidInputException effect = assertThrows(
                InvalidInputException.class,
                () -> myMedications.report(new SideEffectInput(null, 4, List.of("tired"), null, null)));
        InvalidInputException since = assertThrows(
                InvalidInputException.class,
                () -> myMedications.report(new SideEffectInput(null, 4, null, null, today.plusDays(1))));
        assertEquals(Set.of("blunting"), fields(report));
        assertEquals(Set.of("effects"), fields(effect));
        assertEquals(Set.of("since"), fields(since));

        assertEquals(courses, count("medication_course"));
        assertEquals(reports, count("side_effect_report"));
        List<AuditRow> audit = auditRowsAfter(before);
        assertEquals(7, audit.size(), audit::toString);
        assertTrue(
                audit.stream().allMatch(a -> "FAILED".equals(a.outcome()) && Fixture.ANNA.equals(a.patientId())),
                audit::toString);
    }

    @Test
    void aCorrectionKeepsThePreviousValuesAndACourseEnteredInErrorLeavesThePatientsList() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            LocalDate today = today(Fixture.ANNA_ZONE);
            clinician("dr.one");
            CourseView course = medications.record(Fixture.ANNA, sertraline(today.minusDays(10)));

            clinician("dr.two");
            CourseView corrected = medications.correct(
                    course.id(),
                    new CourseInput(
                            null,
                            "trazodone",
                            true,
                            new BigDecimal("75.5"),
                            "mg",
                            "twice_daily",
                            today.minusDays(9),
                            null,
                            null,
                            null));
            assertEquals("trazodone", corrected.name());
            assertEquals(null, corrected.drugClass());
            assertEquals(new BigDecimal("75.5"), corrected.dose());
            assertEquals(1, corrected.revisions().size());
            assertEquals("sertraline", corrected.revisions().get(0).name());
            assertEquals(FIFTY, corrected.revisions().get(0).dose());
            assertEquals("dr.two", corrected.revisions().get(0).revisedBy());

            CourseView error = medications.enteredInError(course.id(), new EnteredInErrorInput(" wrong patient "));
            assertTrue(error.enteredInError());
            assertEquals("wrong patient", error.enteredInErrorReason());
            assertEquals("dr.two", error.enteredInErrorBy());
            assertEquals(
                    "courseId",
                    assertThrows(
                                    InvalidInputException.class,
                                    () -> medications.addDoseChange(course.id(), DoseChangeInput.of(today, FIFTY)))
                            .field());

            patient("pat.one");
            assertFalse(myMedications.courses().stream().anyMatch(c -> c.id().equals(course.id())));
        });
    }

    @Test
    void theCheckInAsksTheMedicationQuestionWhileACourseRunsAndNotInTheSixDaysAfterAnAnswer() throws Exception {
        LocalDate today = today(Fixture.ANNA_ZONE);
        inATransactionThatIsRolledBack(() -> {
            patient("pat.one");
            assertFalse(myJournal.overview().asksAboutMedication(), "no course, no question");

            clinician("dr.one");
            medications.record(Fixture.ANNA, sertraline(today.minusDays(20)));
            patient("pat.one");
            assertTrue(myJournal.overview().asksAboutMedication());

            direct.flushAndClear(); // the overview loaded yesterday's entry; the save's upsert is SQL
            SavedDay answered = myJournal.save(
                    today.minusDays(1),
                    new JournalInput(
                            3,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            MedicationAffectsFeeling.NOT_SURE));
            assertEquals(MedicationAffectsFeeling.NOT_SURE, answered.day().medicationAffectsFeeling());
            assertEquals(null, answered.day().enteredBy(), "the patient's own entry");
            assertFalse(myJournal.overview().asksAboutMedication(), "answered yesterday");
            assertTrue(flagsOf(Fixture.ANNA, FlagType.MEDICATION_ONSET).isEmpty(), "the answer opens no flag");
        });
    }

    @Test
    void theCatalogueIsServedForForms() {
        assertEquals("36437", choices.antidepressants().get(0).rxnorm());
        assertEquals("SSRI", choices.antidepressants().get(0).classLabel());
        assertEquals(
                List.of("mg", "mcg", "ml"),
                choices.units().stream().map(c -> c.code()).toList());
        assertEquals(10, choices.sideEffects().size());
        assertEquals(5, choices.frequencies().size());
    }

    private long count(String table) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("select count(*) from thaw." + table + " where patient_id = ?")) {
            ps.setObject(1, Fixture.ANNA);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
