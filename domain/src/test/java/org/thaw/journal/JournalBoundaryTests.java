package org.thaw.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.thaw.journal.boundary.FunctioningImpact;
import org.thaw.journal.boundary.JournalDay;
import org.thaw.journal.boundary.JournalInput;
import org.thaw.journal.boundary.JournalOverview;
import org.thaw.journal.boundary.SavedDay;
import org.thaw.patient.CareTeamAccessTests;
import org.thaw.patient.boundary.CaseloadRow;
import org.thaw.patient.boundary.CaseloadSort;
import org.thaw.platform.InvalidInputException;
import org.thaw.security.boundary.AccessDeniedException;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.testing.Fixture;

/**
 * The journal: a patient saves a day's check-in and reads it back, their care team reads it, and
 * what is refused is named and saves nothing. These tests commit what they save, so each writes
 * days no other test writes (Cora's belong to {@link #aSecondSaveOfTheSameDayUpdatesTheDaysOneEntry},
 * Anna's yesterday to {@link #everyAnswerOfACheckInIsSavedAndReadBackAndALaterSaveOfTheDayReplacesThem})
 * or only checks what it wrote (Anna's today). How the boundary tests share one database: {@link
 * AbstractBoundaryIT}.
 */
public abstract class JournalBoundaryTests extends CareTeamAccessTests {

    @Test
    void aSecondSaveOfTheSameDayUpdatesTheDaysOneEntry() throws SQLException {
        LocalDate today = today(ZoneOffset.UTC); // Cora has no zone of her own: the practice's, UTC
        LocalDate yesterday = today.minusDays(1);
        long before = lastAuditId();
        patient("pat.three");

        SavedDay earlier = myJournal.save(yesterday, JournalInput.of(4, null));
        SavedDay first = myJournal.save(today, JournalInput.of(7, "first try"));
        SavedDay second = myJournal.save(today, JournalInput.of(8, "  second thoughts "));

        assertTrue(earlier.created());
        assertTrue(first.created());
        assertFalse(second.created());
        assertEquals(first.day().id(), second.day().id());
        assertEquals(
                new JournalDay(
                        second.day().id(),
                        today,
                        8,
                        null,
                        null,
                        List.of(),
                        null,
                        null,
                        null,
                        List.of(),
                        null,
                        null,
                        "second thoughts",
                        second.day().updatedAt(),
                        null,
                        null),
                second.day());
        assertEquals(List.of(new Stored(8, "second thoughts")), stored(Fixture.CORA, today));
        assertEquals(
                List.of(
                        saveAudit("CREATE", earlier.day().id()),
                        saveAudit("CREATE", first.day().id()),
                        saveAudit("UPDATE", first.day().id())),
                auditRowsAfter(before));
        assertEquals(today, myJournal.today());
        JournalOverview overview = myJournal.overview();
        assertEquals(today, overview.today());
        assertEquals(List.of(today, yesterday), dates(overview.days()));
        assertEquals(2, overview.streak());

        clinician("dr.three");
        CaseloadRow row = row(caseload.page(FIRST_PAGE, CaseloadSort.NAME, false), Fixture.CORA);
        assertEquals(today, row.lastEntryDate());
        assertEquals(8, row.lastNumbness());
        assertEquals(6.0, row.meanNumbness7Days());

        List<JournalDay> seenByTheTeam = patientJournal.between(Fixture.CORA, yesterday, today);
        assertEquals(List.of(today, yesterday), dates(seenByTheTeam));
        assertEquals(
                List.of(8, 4), seenByTheTeam.stream().map(JournalDay::numbness).toList());
    }

    @Test
    void aNumbnessOutsideZeroToTenOrMissingIsRefusedNamingNumbnessAndNothingIsSaved() throws SQLException {
        LocalDate today = today(Fixture.ANNA_ZONE);
        patient("pat.one");
        List<Stored> before = stored(Fixture.ANNA, today);

        for (Integer numbness : new Integer[] {null, -1, 11}) {
            long lastAudit = lastAuditId();

            InvalidInputException refused = assertThrows(
                    InvalidInputException.class,
                    () -> myJournal.save(today, JournalInput.of(numbness, "too much")),
                    "numbness " + numbness);

            assertEquals(Set.of("numbness"), fields(refused), "numbness " + numbness);
            assertEquals("FAILED", onlyAuditRowAfter(lastAudit).outcome());
        }
        assertEquals(before, stored(Fixture.ANNA, today));
    }

    @Test
    void theFormsLimitsThemselvesAreAcceptedAndANoteOneCharacterTooLongIsNot() throws SQLException {
        LocalDate today = today(Fixture.ANNA_ZONE);
        patient("pat.one");

        myJournal.save(today, JournalInput.of(0, null));
        assertEquals(List.of(new Stored(0, null)), stored(Fixture.ANNA, today));
        myJournal.save(today, JournalInput.of(10, "x".repeat(2000)));
        assertEquals(List.of(new Stored(10, "x".repeat(2000))), stored(Fixture.ANNA, today));

        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> myJournal.save(today, JournalInput.of(5, "x".repeat(2001))));
        assertEquals(Set.of("note"), fields(refused));
        assertEquals(List.of(new Stored(10, "x".repeat(2000))), stored(Fixture.ANNA, today));

        assertEquals(
                Set.of("input"), fields(assertThrows(InvalidInputException.class, () -> myJournal.save(today, null))));
    }

    @Test
    void aSavedDayAndItsAuditEventCommitTogetherAndTheAnswerIsWhatIsStored() throws SQLException {
        LocalDate today = today(Fixture.ANNA_ZONE);
        patient("pat.one");
        myJournal.save(today, JournalInput.of(2, "before"));
        long before = lastAuditId();

        SavedDay saved = myJournal.save(today, JournalInput.of(3, " one transaction "));

        assertEquals(
                List.of(true),
                auditRowsWrittenWith(before, "journal_entry", saved.day().id()),
                "the entry's update and its audit row were written by the same transaction");
        assertEquals("ALLOWED", onlyAuditRowAfter(before).outcome());
        assertEquals(List.of(new Stored(3, "one transaction")), stored(Fixture.ANNA, today));
        assertEquals(
                myJournal.between(today, today).get(0),
                saved.day(),
                "the day the save answers is the day read back, without reading it after the write");
    }

    @Test
    void theDayBeforeYesterdayIsReadOnlyAndNothingIsSaved() throws SQLException {
        LocalDate dayBeforeYesterday = today(Fixture.ANNA_ZONE).minusDays(2);
        long before = lastAuditId();
        patient("pat.one");

        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> myJournal.save(dayBeforeYesterday, JournalInput.of(5, null)));

        assertEquals("date", refused.field());
        assertEquals(List.of(), stored(Fixture.ANNA, dayBeforeYesterday));
        AuditRow audit = onlyAuditRowAfter(before);
        assertEquals("FAILED", audit.outcome());
        assertEquals(Fixture.ANNA, audit.patientId());
    }

    @Test
    void everyAnswerOfACheckInIsSavedAndReadBackAndALaterSaveOfTheDayReplacesThem() throws SQLException {
        LocalDate yesterday = today(Fixture.ANNA_ZONE).minusDays(1); // only this test writes Anna's yesterday
        patient("pat.one");

        SavedDay saved = myJournal.save(
                yesterday,
                new JournalInput(
                        7,
                        2,
                        8,
                        List.of("lonely", "sad", "empty", "sad"),
                        new BigDecimal("6.5"),
                        25,
                        false,
                        List.of("nature", "grounding"),
                        true,
                        FunctioningImpact.EXTREMELY,
                        " Flat, far away <i>again</i> "));

        JournalDay expected = new JournalDay(
                saved.day().id(),
                yesterday,
                7,
                2,
                8,
                List.of("sad", "lonely", "empty"),
                new BigDecimal("6.5"),
                25,
                false,
                List.of("grounding", "nature"),
                true,
                FunctioningImpact.EXTREMELY,
                "Flat, far away <i>again</i>",
                saved.day().updatedAt(),
                null,
                null);
        assertEquals(expected, saved.day());
        assertEquals(List.of(expected), myJournal.between(yesterday, yesterday));
        assertTrue(myJournal.overview().days().contains(expected));
        assertEquals(
                List.of(new StoredDetails(
                        7, 2, 8, "{sad,lonely,empty}", "6.5", 25, false, "{grounding,nature}", true, "EXTREMELY")),
                storedDetails(Fixture.ANNA, yesterday),
                "the columns the flag rules read");
        clinician("dr.one");
        assertEquals(List.of(expected), patientJournal.between(Fixture.ANNA, yesterday, yesterday));

        patient("pat.one");
        SavedDay replaced = myJournal.save(yesterday, JournalInput.of(3, null));

        assertFalse(replaced.created());
        assertEquals(
                new JournalDay(
                        saved.day().id(),
                        yesterday,
                        3,
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
                        replaced.day().updatedAt(),
                        null,
                        null),
                replaced.day(),
                "a save is the whole day: no leftovers");
        assertEquals(
                List.of(new StoredDetails(3, null, null, "{}", null, null, null, "{}", null, null)),
                storedDetails(Fixture.ANNA, yesterday));
    }

    @Test
    void anUnknownEmotionOrCopingCodeIsRefusedNamingItsFieldAndNothingIsSaved() throws SQLException {
        LocalDate today = today(Fixture.ANNA_ZONE);
        patient("pat.one");
        List<Stored> before = stored(Fixture.ANNA, today);
        long lastAudit = lastAuditId();

        InvalidInputException emotion = assertThrows(
                InvalidInputException.class,
                () -> myJournal.save(
                        today,
                        new JournalInput(
                                6, null, null, List.of("sad", "numb"), null, null, null, null, null, null, "x")));
        InvalidInputException coping = assertThrows(
                InvalidInputException.class,
                () -> myJournal.save(
                        today,
                        new JournalInput(6, null, null, null, null, null, null, List.of("yoga"), null, null, "x")));

        assertEquals("emotions", emotion.field());
        assertTrue(
                emotion.getMessage().contains("'numb'") && emotion.getMessage().contains("joyful"),
                emotion.getMessage());
        assertEquals("copingTried", coping.field());
        assertEquals(before, stored(Fixture.ANNA, today));
        assertEquals(
                List.of("FAILED", "FAILED"),
                auditRowsAfter(lastAudit).stream().map(AuditRow::outcome).toList());
    }

    @Test
    void answersOutsideTheirRangesAreRefusedEachNamingItsFieldAndNothingIsSaved() throws SQLException {
        LocalDate today = today(Fixture.ANNA_ZONE);
        patient("pat.one");
        List<Stored> before = stored(Fixture.ANNA, today);

        InvalidInputException tooMuchSleep = assertThrows(
                InvalidInputException.class,
                () -> myJournal.save(
                        today,
                        new JournalInput(
                                5, null, null, null, new BigDecimal("25"), null, null, null, null, null, null)));
        InvalidInputException allWrong = assertThrows(
                InvalidInputException.class,
                () -> myJournal.save(
                        today,
                        new JournalInput(5, 11, -1, null, new BigDecimal("-0.5"), 1441, null, null, null, null, null)));

        assertEquals(Set.of("sleepHours"), fields(tooMuchSleep));
        assertTrue(tooMuchSleep.getMessage().contains("0 and 24"), tooMuchSleep.getMessage());
        assertEquals(
                Set.of("positiveIntensity", "negativeIntensity", "sleepHours", "activityMinutes"), fields(allWrong));
        assertEquals(before, stored(Fixture.ANNA, today));
    }

    @Test
    void aClinicianOffTheCareTeamFindsNoJournalAndTheAttemptIsAudited() throws SQLException {
        LocalDate today = today(ZoneOffset.UTC);
        long before = lastAuditId();
        clinician("dr.one");

        assertThrows(
                RecordNotFoundException.class, () -> patientJournal.between(Fixture.CORA, today.minusDays(1), today));

        assertEquals(
                new AuditRow("sub-dr.one", "dr.one", "clinician", "LIST", "journal_entry", null, null, "DENIED"),
                onlyAuditRowAfter(before));

        clinician("dr.three");
        assertThrows(
                RecordNotFoundException.class,
                () -> patientJournal.between(Fixture.ANNA, null, null),
                "an ended assignment gives no access");
        assertThrows(
                RecordNotFoundException.class,
                () -> patientJournal.between(UUID.randomUUID(), null, null),
                "a patient who does not exist looks the same");
        patient("pat.three");
        assertThrows(AccessDeniedException.class, () -> patientJournal.between(Fixture.CORA, null, null));
    }

    // --- helpers ---

    private static List<LocalDate> dates(List<JournalDay> days) {
        return days.stream().map(JournalDay::date).toList();
    }

    /** The audit row of one of Cora's saves. */
    private static AuditRow saveAudit(String action, UUID entryId) {
        return new AuditRow(
                "sub-pat.three",
                "pat.three",
                "patient",
                action,
                "journal_entry",
                entryId.toString(),
                Fixture.CORA,
                "ALLOWED");
    }
}
