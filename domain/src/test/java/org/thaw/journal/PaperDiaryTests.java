package org.thaw.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thaw.flag.boundary.FlagStatus;
import org.thaw.flag.boundary.FlagType;
import org.thaw.flag.boundary.Severity;
import org.thaw.journal.boundary.JournalDay;
import org.thaw.journal.boundary.SavedDay;
import org.thaw.medication.MedicationsTests;
import org.thaw.platform.ConflictException;
import org.thaw.platform.InvalidInputException;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.testing.Fixture;

/**
 * The paper diary: a care-team clinician types in a patient's past days (2 to 90 days back),
 * marked with who typed them; a day the patient wrote stays theirs; back-dated entries are
 * evaluated as of their own day, open a flag only for a window ending within the last 14 days, and
 * re-open a resolved type only on entries dated after the resolution. Writes happen in
 * transactions that are rolled back (Anna's journal), or are refused before anything is written.
 */
public abstract class PaperDiaryTests extends MedicationsTests {

    @Test
    void aClinicianTypesInAPastDayMarkedWithTheirNameAndAColleagueCorrectsIt() throws Exception {
        LocalDate day = today(Fixture.ANNA_ZONE).minusDays(5);
        inATransactionThatIsRolledBack(() -> {
            direct.flushAndClear();
            clinician("dr.one");
            long before = lastAuditId();
            SavedDay created = patientJournal.enterFromPaper(Fixture.ANNA, day, checkIn(7, false));
            assertTrue(created.created());
            assertEquals("Dana Lind", created.day().enteredBy());
            assertEquals(7, created.day().numbness());
            assertEquals(
                    new AuditRow(
                            "sub-dr.one",
                            "dr.one",
                            "clinician",
                            "CREATE",
                            "journal_entry",
                            created.day().id().toString(),
                            Fixture.ANNA,
                            "ALLOWED"),
                    onlyAuditRowAfter(before));

            clinician("dr.two");
            SavedDay updated = patientJournal.enterFromPaper(Fixture.ANNA, day, checkIn(4, null));
            assertFalse(updated.created());
            assertEquals(created.day().id(), updated.day().id(), "still the day's one entry");
            assertEquals("Emil Strand", updated.day().enteredBy(), "named by whoever typed it last");

            clinician("dr.one");
            JournalDay read = patientJournal.between(Fixture.ANNA, day, day).get(0);
            assertEquals(4, read.numbness());
            assertEquals("Emil Strand", read.enteredBy());
        });
    }

    @Test
    void aDayThePatientWroteStaysTheirsAndIsAConflictNamingTheDate() throws Exception {
        LocalDate day = today(Fixture.ANNA_ZONE).minusDays(3);
        inATransactionThatIsRolledBack(() -> {
            direct.checkIn(Fixture.ANNA, day, 2, null, clock.instant().minusSeconds(3 * 86_400));
            direct.flushAndClear();
            clinician("dr.one");
            ConflictException refused = assertThrows(
                    ConflictException.class, () -> patientJournal.enterFromPaper(Fixture.ANNA, day, checkIn(9, true)));
            assertEquals("date", refused.field());
            assertTrue(refused.getMessage().contains("stays theirs"), refused.getMessage());
            direct.flushAndClear();
            JournalDay kept = patientJournal.between(Fixture.ANNA, day, day).get(0);
            assertEquals(2, kept.numbness(), "the patient's own entry is unchanged");
            assertEquals(null, kept.enteredBy());
        });
    }

    @Test
    void yesterdayAnd91DaysBackAreRefusedNamingTheDateAndStoreNothing() throws Exception {
        LocalDate today = today(Fixture.ANNA_ZONE);
        for (LocalDate day : List.of(today.minusDays(1), today, today.minusDays(91))) {
            clinician("dr.one");
            long before = lastAuditId();
            InvalidInputException refused = assertThrows(
                    InvalidInputException.class,
                    () -> patientJournal.enterFromPaper(Fixture.ANNA, day, checkIn(7, null)));
            assertEquals("date", refused.field(), day.toString());
            assertFalse(refused instanceof ConflictException);
            assertTrue(stored(Fixture.ANNA, today.minusDays(91)).isEmpty());
            assertEquals("FAILED", onlyAuditRowAfter(before).outcome());
        }
        clinician("dr.one");
        InvalidInputException outOfRange = assertThrows(
                InvalidInputException.class,
                () -> patientJournal.enterFromPaper(Fixture.ANNA, today.minusDays(90), checkIn(11, null)));
        assertEquals("numbness", outOfRange.field());
        assertTrue(stored(Fixture.ANNA, today.minusDays(90)).isEmpty());
    }

    @Test
    void anotherTeamsClinicianGetsNotFoundAndADeniedAuditRow() throws Exception {
        clinician("dr.three");
        long before = lastAuditId();
        assertThrows(
                RecordNotFoundException.class,
                () -> patientJournal.enterFromPaper(
                        Fixture.ANNA, today(Fixture.ANNA_ZONE).minusDays(4), checkIn(7, null)));
        assertEquals("DENIED", onlyAuditRowAfter(before).outcome());
    }

    @Test
    void aNumbFortnightTypedInFromPaperOpensPersistentNumbnessOnlyWhenItsWindowEndsWithinFourteenDays()
            throws Exception {
        LocalDate today = today(Fixture.ANNA_ZONE);
        inATransactionThatIsRolledBack(() -> {
            clinician("dr.one");
            for (int back = 33; back >= 20; back--) { // windows ending 20 to 33 days ago
                patientJournal.enterFromPaper(Fixture.ANNA, today.minusDays(back), checkIn(8, null));
            }
            assertTrue(
                    flagsOf(Fixture.ANNA, FlagType.PERSISTENT_NUMBNESS).isEmpty(),
                    "a fortnight that ended three weeks ago opens nothing");

            clinician("dr.one");
            for (int back = 15; back >= 2; back--) { // the last window ends 2 days ago
                patientJournal.enterFromPaper(Fixture.ANNA, today.minusDays(back), checkIn(8, null));
            }
            var flag = onlyFlag(Fixture.ANNA, FlagType.PERSISTENT_NUMBNESS);
            assertEquals(FlagStatus.OPEN, flag.status());
            assertTrue(
                    flag.evidence().stream()
                            .allMatch(e -> !e.windowEnd().isBefore(today.minusDays(13))
                                    || e.windowEnd().isAfter(today.minusDays(16))),
                    "evidence from the windows that hold the new days");
        });
    }

    @Test
    void paperEntriesDatedBeforeAResolutionDoNotReopenItsType() throws Exception {
        LocalDate today = today(Fixture.ANNA_ZONE);
        inATransactionThatIsRolledBack(() -> {
            Instant resolvedAt = clock.instant().minusSeconds(3 * 86_400); // three days ago
            direct.resolvedFlag(Fixture.ANNA, FlagType.PERSISTENT_NUMBNESS, Severity.HIGH, resolvedAt);
            direct.flushAndClear();
            clinician("dr.one");
            for (int back = 16; back >= 2; back--) { // written now, after the resolution; most dated before it
                patientJournal.enterFromPaper(Fixture.ANNA, today.minusDays(back), checkIn(8, null));
            }
            assertTrue(
                    flagsOf(Fixture.ANNA, FlagType.PERSISTENT_NUMBNESS).stream()
                            .allMatch(f -> f.status() == FlagStatus.RESOLVED),
                    "only the resolved flag: the new entries tell of days already judged");
        });
    }
}
