package org.thaw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.thaw.flag.boundary.DailyChecks;
import org.thaw.flag.boundary.EvidenceSource;
import org.thaw.flag.boundary.FlagStatus;
import org.thaw.flag.boundary.FlagType;
import org.thaw.flag.boundary.FlagView;
import org.thaw.flag.boundary.FlagView.EvidenceView;
import org.thaw.flag.boundary.Severity;
import org.thaw.flag.control.FlagSettings;
import org.thaw.flag.control.FlagThresholds;
import org.thaw.journal.boundary.FunctioningImpact;
import org.thaw.journal.boundary.JournalDay;
import org.thaw.journal.boundary.JournalInput;
import org.thaw.journal.boundary.JournalOverview;
import org.thaw.journal.boundary.SavedDay;
import org.thaw.message.boundary.MessageNotification;
import org.thaw.message.boundary.MessageText;
import org.thaw.message.boundary.MessageView;
import org.thaw.message.boundary.MyMessages;
import org.thaw.message.boundary.Sent;
import org.thaw.message.boundary.ChartTaskView;
import org.thaw.message.boundary.TeamMessages;
import org.thaw.message.boundary.ThreadStatus;
import org.thaw.message.boundary.ThreadSummary;
import org.thaw.message.boundary.ThreadView;
import org.thaw.patient.boundary.CareTeamRole;
import org.thaw.patient.boundary.CaseloadFilter;
import org.thaw.patient.boundary.CaseloadRow;
import org.thaw.patient.boundary.CaseloadSort;
import org.thaw.patient.boundary.MyRecord;
import org.thaw.patient.boundary.PatientProfile;
import org.thaw.platform.Page;
import org.thaw.platform.PageRequest;
import org.thaw.practice.boundary.PracticeAdmin;
import org.thaw.screener.boundary.ChangeLabel;
import org.thaw.screener.boundary.DueScreener;
import org.thaw.screener.boundary.DueScreener.Reason;
import org.thaw.screener.boundary.SafetyAnswerException;
import org.thaw.screener.boundary.ScreenerResult;
import org.thaw.screener.boundary.Source;
import org.thaw.screener.boundary.Submitted;
import org.thaw.security.boundary.AccessDeniedException;
import org.thaw.security.boundary.InvalidInputException;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.testing.AbstractBoundaryIT;
import org.thaw.testing.DirectRows;
import org.thaw.testing.EnclosingTransaction;
import org.thaw.testing.Fixture;
import org.thaw.testing.IntegrationDatabase;
import org.thaw.testing.SentNotifications;

/**
 * The boundaries as the wars call them once the caller is identified, inside Payara Micro with
 * Hibernate, Bean Validation, the real migrations and {@link Fixture}: care-team access, the
 * caseload, the journal, the flags the journal raises, the screeners and the flags they raise, the
 * practice settings, secure messages between a patient and their care team, and the audit trail
 * each call leaves. One class on purpose: Payara Micro restarts for each Arquillian test class.
 *
 * <p>The tests share one database and run in no promised order, so each one either writes days
 * no other test writes (Cora's journal belongs to {@link #aSecondSaveOfTheSameDayUpdatesTheDaysOneEntry}),
 * or only checks what it wrote (Anna's today), or stages its picture in a transaction it rolls
 * back ({@link DirectRows}). Every flag test and every message test works in such a transaction,
 * so no test meets another's flags, threads or unread counts (a message test also sets the practice
 * zone and office hours there, so whether Thaw replies automatically does not depend on when it
 * runs); the one exception commits a SAFETY flag for a patient of its own. The
 * committed changes: a practice setting, put back before its test ends; and two patients each
 * owned by one screener test ({@code IVY}, {@code JON}: on no care team, so no caseload or daily
 * check meets them), whose responses and flag must be seen committed.
 *
 * <p>A refused call inside a rolled-back transaction marks it rollback-only; the test may still
 * read on, and what it reads is what a later transaction would see only because a refused call
 * here changes nothing before it is refused (validation and access checks come first). Where the
 * guarantee is the rollback itself (a setting change refused halfway), the test does not enclose
 * the call.
 */
class BoundariesIT extends AbstractBoundaryIT {

    /** Other patients who exist only inside rolled-back transactions. */
    private static final UUID ELI = UUID.fromString("00000000-0000-4000-8000-0000000000a5");
    private static final UUID FAY = UUID.fromString("00000000-0000-4000-8000-0000000000a6");
    private static final UUID GIL = UUID.fromString("00000000-0000-4000-8000-0000000000a9");
    private static final UUID HAL = UUID.fromString("00000000-0000-4000-8000-0000000000aa");

    /**
     * Patients each committed by one screener test that must see its results from another
     * transaction (the response, its flag): on no care team, so no caseload, daily check or other
     * test ever meets them.
     */
    private static final UUID IVY = UUID.fromString("00000000-0000-4000-8000-0000000000a7");
    private static final UUID JON = UUID.fromString("00000000-0000-4000-8000-0000000000a8");
    /** Committed by the safety tests, whose safety answers commit on their own whatever else rolls back. */
    private static final UUID KAI = UUID.fromString("00000000-0000-4000-8000-0000000000b1");
    private static final UUID LEA = UUID.fromString("00000000-0000-4000-8000-0000000000b2");
    private static final UUID MIA = UUID.fromString("00000000-0000-4000-8000-0000000000b3");

    @Inject
    MyRecord myRecord;

    @Inject
    DailyChecks dailyChecks;

    @Inject
    FlagSettings flagSettings;

    @Inject
    MyMessages myMessages;

    @Inject
    TeamMessages teamMessages;

    @Inject
    SentNotifications notifications;

    // --- care team and caseload ---

    @Test
    void aPrimaryClinicianSeesExactlyTheirTeamsPatientsInNameOrder() throws SQLException {
        long before = lastAuditId();
        clinician("dr.one");

        Page<CaseloadRow> page = caseload.page(FIRST_PAGE, CaseloadSort.NAME, false);

        assertEquals(List.of("Anna Ahlberg", "Bert Berg"), names(page));
        assertEquals(List.of(Fixture.ANNA, Fixture.BERT), page.items().stream().map(CaseloadRow::patientId).toList());
        assertEquals(List.of(CareTeamRole.PRIMARY, CareTeamRole.PRIMARY), roles(page));
        assertEquals(2, page.total());
        assertEquals(new AuditRow("sub-dr.one", "dr.one", "clinician", "LIST", "caseload", null, null, "ALLOWED"),
                onlyAuditRowAfter(before));
    }

    @Test
    void aCoveringClinicianSeesTheSamePatientsAsCovering() {
        clinician("dr.two");

        Page<CaseloadRow> page = caseload.page(FIRST_PAGE, CaseloadSort.NAME, false);

        assertEquals(List.of("Anna Ahlberg", "Bert Berg"), names(page));
        assertEquals(List.of(CareTeamRole.COVERING, CareTeamRole.COVERING), roles(page));
    }

    @Test
    void anEndedAssignmentNoLongerPutsThePatientOnTheCaseload() {
        clinician("dr.three");

        assertEquals(List.of("Cora Carlsen"), names(caseload.page(FIRST_PAGE, CaseloadSort.NAME, false)));
        assertEquals(1, caseload.count());
    }

    @Test
    void theCaseloadComesOnePageAtATimeWithTheTotal() {
        clinician("dr.one");

        Page<CaseloadRow> first = caseload.page(new PageRequest(0, 1), CaseloadSort.NAME, false);
        Page<CaseloadRow> second = caseload.page(new PageRequest(1, 1), CaseloadSort.NAME, false);
        Page<CaseloadRow> beyond = caseload.page(new PageRequest(2, 1), CaseloadSort.NAME, false);

        assertEquals(List.of("Anna Ahlberg"), names(first));
        assertEquals(2, first.total());
        assertEquals(List.of("Bert Berg"), names(second));
        assertEquals(2, second.total());
        assertEquals(List.of(), names(beyond));
        assertEquals(2, caseload.count());
    }

    @Test
    void sortingByLastNumbnessPutsTheHighestFirstAndPatientsWithoutEntriesLast() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            direct.journalEntry(Fixture.ANNA, today(Fixture.ANNA_ZONE), 3);
            direct.journalEntry(Fixture.BERT, today(ZoneOffset.UTC), 9);
            direct.patient(DORA, "pat.four", "Dora", "Dahl", DORA_ZONE);
            direct.covering(DORA, Fixture.DR_ONE);
            clinician("dr.one");

            assertEquals(List.of("Bert Berg", "Anna Ahlberg", "Dora Dahl"),
                    names(caseload.page(FIRST_PAGE, CaseloadSort.LAST_NUMBNESS, true)));
            assertEquals(List.of("Anna Ahlberg", "Bert Berg", "Dora Dahl"),
                    names(caseload.page(FIRST_PAGE, CaseloadSort.LAST_NUMBNESS, false)),
                    "without entries is last either way");
        });
    }

    @Test
    void theCaseloadShowsTheLastEntryAndTheMeanOfTheSevenDaysEndingTodayInThePatientsZone() throws Exception {
        LocalDate today = today(DORA_ZONE);
        inATransactionThatIsRolledBack(() -> {
            direct.patient(DORA, "pat.four", "Dora", "Dahl", DORA_ZONE);
            direct.covering(DORA, Fixture.DR_THREE);
            direct.journalEntry(DORA, today.minusDays(7), 10);
            direct.journalEntry(DORA, today.minusDays(6), 4);
            direct.journalEntry(DORA, today, 8);
            clinician("dr.three");

            CaseloadRow dora = row(caseload.page(FIRST_PAGE, CaseloadSort.NAME, false), DORA);

            assertEquals(today, dora.lastEntryDate());
            assertEquals(8, dora.lastNumbness());
            assertEquals(6.0, dora.meanNumbness7Days(), "the entry of 7 days ago is outside the window");
        });
    }

    @Test
    void aPatientWhoseStoredZoneIsInvalidIsCountedInThePracticeZoneOnTheCaseload() throws Exception {
        LocalDate today = today(ZoneOffset.UTC); // Bert's stored zone is not a zone: the practice's, UTC
        inATransactionThatIsRolledBack(() -> {
            direct.journalEntry(Fixture.BERT, today.minusDays(7), 10);
            direct.journalEntry(Fixture.BERT, today.minusDays(6), 4);
            direct.journalEntry(Fixture.BERT, today, 8);
            clinician("dr.one");

            CaseloadRow bert = row(caseload.page(FIRST_PAGE, CaseloadSort.NAME, false), Fixture.BERT);

            assertEquals(today, bert.lastEntryDate());
            assertEquals(6.0, bert.meanNumbness7Days());
        });
    }

    @Test
    void aPatientAskingForACaseloadIsRefusedAndTheRefusalIsAudited() throws SQLException {
        long before = lastAuditId();
        patient("pat.one");

        assertThrows(AccessDeniedException.class, () -> caseload.page(FIRST_PAGE, CaseloadSort.NAME, false));

        assertEquals(new AuditRow("sub-pat.one", "pat.one", "patient", "LIST", "caseload", null, null, "DENIED"),
                onlyAuditRowAfter(before));
    }

    // --- the patient's own record ---

    @Test
    void aPatientReadsTheirOwnRecordAndTheReadIsAudited() throws SQLException {
        long before = lastAuditId();
        patient("pat.one");

        PatientProfile me = myRecord.me();

        assertEquals(new PatientProfile(Fixture.ANNA, "Anna Ahlberg", "Anna", Fixture.ANNA_ZONE), me);
        String anna = Fixture.ANNA.toString();
        assertEquals(new AuditRow("sub-pat.one", "pat.one", "patient", "READ", "patient", anna, Fixture.ANNA, "ALLOWED"),
                onlyAuditRowAfter(before));
    }

    @Test
    void theAuditOfARecordReadSurvivesTheRollbackOfAnEnclosingTransaction() throws SQLException {
        long before = lastAuditId();
        patient("pat.one");

        assertThrows(EnclosingTransaction.Failed.class, () -> enclosing.runThenFail(myRecord::me));

        AuditRow row = onlyAuditRowAfter(before);
        assertEquals("ALLOWED", row.outcome());
        assertEquals(Fixture.ANNA, row.patientId());
    }

    @Test
    void aPatientWhoseStoredZoneIsInvalidGetsThePracticeZone() {
        patient("pat.two");

        assertEquals("UTC", myRecord.me().timeZone());
    }

    @Test
    void anAccountWithoutAPatientRecordFindsNothingAndTheAttemptIsAudited() throws SQLException {
        long before = lastAuditId();
        patient("pat.nobody");

        assertThrows(RecordNotFoundException.class, myRecord::me);

        assertEquals(new AuditRow("sub-pat.nobody", "pat.nobody", "patient", "READ", "patient", null, null, "DENIED"),
                onlyAuditRowAfter(before));
    }

    @Test
    void aClinicianCannotOpenThePatientPortalRecord() throws SQLException {
        long before = lastAuditId();
        clinician("dr.one");

        assertThrows(AccessDeniedException.class, myRecord::me);

        assertEquals("DENIED", onlyAuditRowAfter(before).outcome());
    }

    // --- the journal ---

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
        assertEquals(new JournalDay(second.day().id(), today, 8, null, null, List.of(), null, null, null, List.of(),
                        null, null, "second thoughts", second.day().updatedAt()),
                second.day());
        assertEquals(List.of(new Stored(8, "second thoughts")), stored(Fixture.CORA, today));
        assertEquals(List.of(
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
        assertEquals(List.of(8, 4), seenByTheTeam.stream().map(JournalDay::numbness).toList());
    }

    @Test
    void aNumbnessOutsideZeroToTenOrMissingIsRefusedNamingNumbnessAndNothingIsSaved() throws SQLException {
        LocalDate today = today(Fixture.ANNA_ZONE);
        patient("pat.one");
        List<Stored> before = stored(Fixture.ANNA, today);

        for (Integer numbness : new Integer[] {null, -1, 11}) {
            long lastAudit = lastAuditId();

            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> myJournal.save(today, JournalInput.of(numbness, "too much")), "numbness " + numbness);

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

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> myJournal.save(today, JournalInput.of(5, "x".repeat(2001))));
        assertEquals(Set.of("note"), fields(refused));
        assertEquals(List.of(new Stored(10, "x".repeat(2000))), stored(Fixture.ANNA, today));

        assertEquals(Set.of("input"), fields(assertThrows(InvalidInputException.class,
                () -> myJournal.save(today, null))));
    }

    @Test
    void theDayBeforeYesterdayIsReadOnlyAndNothingIsSaved() throws SQLException {
        LocalDate dayBeforeYesterday = today(Fixture.ANNA_ZONE).minusDays(2);
        long before = lastAuditId();
        patient("pat.one");

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> myJournal.save(dayBeforeYesterday, JournalInput.of(5, null)));

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

        SavedDay saved = myJournal.save(yesterday, new JournalInput(7, 2, 8, List.of("lonely", "sad", "empty", "sad"),
                new BigDecimal("6.5"), 25, false, List.of("nature", "grounding"), true, FunctioningImpact.EXTREMELY,
                " Flat, far away <i>again</i> "));

        JournalDay expected = new JournalDay(saved.day().id(), yesterday, 7, 2, 8, List.of("sad", "lonely", "empty"),
                new BigDecimal("6.5"), 25, false, List.of("grounding", "nature"), true, FunctioningImpact.EXTREMELY,
                "Flat, far away <i>again</i>", saved.day().updatedAt());
        assertEquals(expected, saved.day());
        assertEquals(List.of(expected), myJournal.between(yesterday, yesterday));
        assertTrue(myJournal.overview().days().contains(expected));
        assertEquals(List.of(new StoredDetails(7, 2, 8, "{sad,lonely,empty}", "6.5", 25, false, "{grounding,nature}",
                true, "EXTREMELY")), storedDetails(Fixture.ANNA, yesterday), "the columns the flag rules read");
        clinician("dr.one");
        assertEquals(List.of(expected), patientJournal.between(Fixture.ANNA, yesterday, yesterday));

        patient("pat.one");
        SavedDay replaced = myJournal.save(yesterday, JournalInput.of(3, null));

        assertFalse(replaced.created());
        assertEquals(new JournalDay(saved.day().id(), yesterday, 3, null, null, List.of(), null, null, null, List.of(),
                null, null, null, replaced.day().updatedAt()), replaced.day(), "a save is the whole day: no leftovers");
        assertEquals(List.of(new StoredDetails(3, null, null, "{}", null, null, null, "{}", null, null)),
                storedDetails(Fixture.ANNA, yesterday));
    }

    @Test
    void anUnknownEmotionOrCopingCodeIsRefusedNamingItsFieldAndNothingIsSaved() throws SQLException {
        LocalDate today = today(Fixture.ANNA_ZONE);
        patient("pat.one");
        List<Stored> before = stored(Fixture.ANNA, today);
        long lastAudit = lastAuditId();

        InvalidInputException emotion = assertThrows(InvalidInputException.class, () -> myJournal.save(today,
                new JournalInput(6, null, null, List.of("sad", "numb"), null, null, null, null, null, null, "x")));
        InvalidInputException coping = assertThrows(InvalidInputException.class, () -> myJournal.save(today,
                new JournalInput(6, null, null, null, null, null, null, List.of("yoga"), null, null, "x")));

        assertEquals("emotions", emotion.field());
        assertTrue(emotion.getMessage().contains("'numb'") && emotion.getMessage().contains("joyful"),
                emotion.getMessage());
        assertEquals("copingTried", coping.field());
        assertEquals(before, stored(Fixture.ANNA, today));
        assertEquals(List.of("FAILED", "FAILED"), auditRowsAfter(lastAudit).stream().map(AuditRow::outcome).toList());
    }

    @Test
    void answersOutsideTheirRangesAreRefusedEachNamingItsFieldAndNothingIsSaved() throws SQLException {
        LocalDate today = today(Fixture.ANNA_ZONE);
        patient("pat.one");
        List<Stored> before = stored(Fixture.ANNA, today);

        InvalidInputException tooMuchSleep = assertThrows(InvalidInputException.class,
                () -> myJournal.save(today, new JournalInput(5, null, null, null, new BigDecimal("25"), null, null,
                        null, null, null, null)));
        InvalidInputException allWrong = assertThrows(InvalidInputException.class,
                () -> myJournal.save(today, new JournalInput(5, 11, -1, null, new BigDecimal("-0.5"), 1441, null,
                        null, null, null, null)));

        assertEquals(Set.of("sleepHours"), fields(tooMuchSleep));
        assertTrue(tooMuchSleep.getMessage().contains("0 and 24"), tooMuchSleep.getMessage());
        assertEquals(Set.of("positiveIntensity", "negativeIntensity", "sleepHours", "activityMinutes"),
                fields(allWrong));
        assertEquals(before, stored(Fixture.ANNA, today));
    }

    @Test
    void aClinicianOffTheCareTeamFindsNoJournalAndTheAttemptIsAudited() throws SQLException {
        LocalDate today = today(ZoneOffset.UTC);
        long before = lastAuditId();
        clinician("dr.one");

        assertThrows(RecordNotFoundException.class,
                () -> patientJournal.between(Fixture.CORA, today.minusDays(1), today));

        assertEquals(new AuditRow("sub-dr.one", "dr.one", "clinician", "LIST", "journal_entry", null, null, "DENIED"),
                onlyAuditRowAfter(before));

        clinician("dr.three");
        assertThrows(RecordNotFoundException.class, () -> patientJournal.between(Fixture.ANNA, null, null),
                "an ended assignment gives no access");
        assertThrows(RecordNotFoundException.class, () -> patientJournal.between(UUID.randomUUID(), null, null),
                "a patient who does not exist looks the same");
        patient("pat.three");
        assertThrows(AccessDeniedException.class, () -> patientJournal.between(Fixture.CORA, null, null));
    }

    // --- flags raised by the journal ---

    @Test
    void tenNumbDaysOpenOnePersistentNumbnessFlagAndLaterSavesOfTheDayJoinIt() throws Exception {
        LocalDate today = today(Fixture.ANNA_ZONE);
        inATransactionThatIsRolledBack(() -> {
            earlierCheckIns(Fixture.ANNA, today, 9, 8, 0);
            patient("pat.one");
            myJournal.save(today, checkIn(8, null));

            FlagView opened = onlyFlag(Fixture.ANNA, FlagType.PERSISTENT_NUMBNESS);
            assertEquals(FlagStatus.OPEN, opened.status());
            assertEquals(Severity.HIGH, opened.severity());
            assertEquals(1, opened.evidence().size());
            EvidenceView evidence = opened.evidence().get(0);
            assertTrue(evidence.summary().startsWith("numbness ≥ 6 on 10 of 10 entries, "), evidence.summary());
            assertEquals(today.minusDays(13), evidence.windowStart());
            assertEquals(today, evidence.windowEnd());
            assertEquals(10, evidence.refs().size());
            assertEquals(Set.copyOf(entryIds(Fixture.ANNA, today.minusDays(13), today)), Set.copyOf(evidence.refs()),
                    "the evidence names the ten entries");

            patient("pat.one");
            myJournal.save(today, checkIn(9, null));

            FlagView sameFacts = onlyFlag(Fixture.ANNA, FlagType.PERSISTENT_NUMBNESS);
            assertEquals(opened.id(), sameFacts.id());
            assertEquals(summaries(opened), summaries(sameFacts), "still 10 numb of 10: nothing new to add");

            patient("pat.one");
            myJournal.save(today, checkIn(2, null));
            myJournal.save(today, checkIn(3, null));

            FlagView grown = onlyFlag(Fixture.ANNA, FlagType.PERSISTENT_NUMBNESS);
            assertEquals(opened.id(), grown.id(), "new evidence joins the open flag");
            assertEquals(FlagStatus.OPEN, grown.status());
            assertEquals(Severity.HIGH, grown.severity());
            List<String> summaries = summaries(grown);
            assertEquals(2, summaries.size(), () -> "9 of 10 is new once, then the same again: " + summaries);
            assertTrue(summaries.get(1).startsWith("numbness ≥ 6 on 9 of 10 entries, "), summaries.get(1));
        });
    }

    @Test
    void persistentNumbnessIsUrgentWhileHopelessnessIsActiveAndHighAgainOnceThatIsResolved() throws Exception {
        LocalDate today = today(Fixture.ANNA_ZONE);
        inATransactionThatIsRolledBack(() -> {
            earlierCheckIns(Fixture.ANNA, today, 9, 8, 2);
            patient("pat.one");
            myJournal.save(today, checkIn(8, true));

            FlagView hopeless = onlyFlag(Fixture.ANNA, FlagType.HOPELESSNESS);
            assertEquals(Severity.HIGH, hopeless.severity());
            assertTrue(summaries(hopeless).get(0).startsWith("felt hopeless on 3 days, "), summaries(hopeless).get(0));
            assertEquals(Severity.URGENT, onlyFlag(Fixture.ANNA, FlagType.PERSISTENT_NUMBNESS).severity());

            clinician("dr.two");
            FlagView seen = flags.acknowledge(hopeless.id());
            assertEquals(FlagStatus.ACKNOWLEDGED, seen.status());
            assertEquals("dr.two", seen.acknowledgedBy());
            assertEquals(Severity.URGENT, onlyFlag(Fixture.ANNA, FlagType.PERSISTENT_NUMBNESS).severity(),
                    "an acknowledged flag is still active");

            clinician("dr.one");
            assertEquals(FlagStatus.RESOLVED,
                    flags.resolve(hopeless.id(), "Safety plan reviewed together; feeling less hopeless.").status());
            assertEquals(Severity.HIGH, onlyFlag(Fixture.ANNA, FlagType.PERSISTENT_NUMBNESS).severity());

            patient("pat.one");
            myJournal.save(today, checkIn(8, true));

            assertEquals(FlagStatus.RESOLVED, onlyFlag(Fixture.ANNA, FlagType.HOPELESSNESS).status(),
                    "the same hopeless days do not open it again");
            assertEquals(Severity.HIGH, onlyFlag(Fixture.ANNA, FlagType.PERSISTENT_NUMBNESS).severity());
        });
    }

    @Test
    void resolvingAFlagNeedsANoteAndTheSameEntriesDoNotOpenItAgain() throws Exception {
        LocalDate today = today(Fixture.ANNA_ZONE);
        inATransactionThatIsRolledBack(() -> {
            earlierCheckIns(Fixture.ANNA, today, 9, 8, 0);
            patient("pat.one");
            myJournal.save(today, checkIn(8, null));
            UUID flagId = onlyFlag(Fixture.ANNA, FlagType.PERSISTENT_NUMBNESS).id();

            clinician("dr.one");
            for (String note : new String[] {null, "  "}) {
                long before = lastAuditId();

                InvalidInputException refused = assertThrows(InvalidInputException.class,
                        () -> flags.resolve(flagId, note), "note '" + note + "'");

                assertEquals(Set.of("note"), fields(refused), "note '" + note + "'");
                assertEquals("FAILED", onlyAuditRowAfter(before).outcome());
            }
            assertEquals(FlagStatus.OPEN, onlyFlag(Fixture.ANNA, FlagType.PERSISTENT_NUMBNESS).status());

            clinician("dr.one");
            long before = lastAuditId();
            FlagView resolved = flags.resolve(flagId, "  Talked it through; numbness easing with the new routine.\n");

            assertEquals(FlagStatus.RESOLVED, resolved.status());
            assertEquals("dr.one", resolved.resolvedBy());
            assertEquals("Talked it through; numbness easing with the new routine.", resolved.resolutionNote());
            assertEquals(new AuditRow("sub-dr.one", "dr.one", "clinician", "UPDATE", "flag", flagId.toString(),
                    Fixture.ANNA, "ALLOWED"), onlyAuditRowAfter(before));
            FlagView stored = onlyFlag(Fixture.ANNA, FlagType.PERSISTENT_NUMBNESS);
            assertEquals(FlagStatus.RESOLVED, stored.status());
            assertEquals("dr.one", stored.resolvedBy());
            assertEquals(resolved.resolutionNote(), stored.resolutionNote());
            assertTrue(stored.resolvedAt() != null && stored.acknowledgedAt() != null, stored.toString());

            patient("pat.one");
            myJournal.save(today, checkIn(9, null));
            myJournal.save(today.minusDays(1), checkIn(9, null)); // re-evaluates yesterday's window and today's

            FlagView after = onlyFlag(Fixture.ANNA, FlagType.PERSISTENT_NUMBNESS);
            assertEquals(flagId, after.id(), "entries written before the resolution are old evidence");
            assertEquals(FlagStatus.RESOLVED, after.status());
        });
    }

    @Test
    void aResolvedFlagOpensAgainOnlyOnAWindowWrittenWhollyAfterTheResolution() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            UUID resolved = tenNumbEveningsAfterAResolution(5);

            assertEquals(List.of(resolved), ids(flagsOf(Fixture.ANNA, FlagType.PERSISTENT_NUMBNESS)),
                    "6 of the 10 entries were written after the resolution: not enough");
        });
        inATransactionThatIsRolledBack(() -> {
            UUID resolved = tenNumbEveningsAfterAResolution(20);

            List<FlagView> numbness = flagsOf(Fixture.ANNA, FlagType.PERSISTENT_NUMBNESS);
            assertEquals(2, numbness.size(), () -> "a new flag beside the resolved one: " + numbness);
            assertEquals(FlagStatus.OPEN, numbness.get(0).status());
            assertTrue(summaries(numbness.get(0)).get(0).startsWith("numbness ≥ 6 on 10 of 10 entries, "));
            assertEquals(resolved, numbness.get(1).id());
        });
    }

    @Test
    void aClinicianOffTheCareTeamCannotReadAcknowledgeOrResolveAPatientsFlagsAndEachAttemptIsAudited()
            throws Exception {
        inATransactionThatIsRolledBack(() -> {
            UUID annasFlag = direct.openFlag(Fixture.ANNA, FlagType.PERSISTENT_NUMBNESS, Severity.HIGH,
                    clock.instant());
            clinician("dr.three"); // Anna's primary once: an ended assignment gives no access
            long before = lastAuditId();

            assertThrows(RecordNotFoundException.class, () -> flags.ofPatient(Fixture.ANNA));
            assertThrows(RecordNotFoundException.class, () -> flags.acknowledge(annasFlag));
            assertThrows(RecordNotFoundException.class, () -> flags.resolve(annasFlag, "not mine to resolve"));
            assertThrows(RecordNotFoundException.class, () -> flags.acknowledge(UUID.randomUUID()),
                    "a flag that does not exist looks the same");

            String id = annasFlag.toString();
            assertEquals(List.of(
                            new AuditRow("sub-dr.three", "dr.three", "clinician", "LIST", "flag", null, null, "DENIED"),
                            new AuditRow("sub-dr.three", "dr.three", "clinician", "UPDATE", "flag", id, Fixture.ANNA,
                                    "DENIED"),
                            new AuditRow("sub-dr.three", "dr.three", "clinician", "UPDATE", "flag", id, Fixture.ANNA,
                                    "DENIED"),
                            new AuditRow("sub-dr.three", "dr.three", "clinician", "UPDATE", "flag", null, null,
                                    "DENIED")),
                    auditRowsAfter(before));
            FlagView untouched = onlyFlag(Fixture.ANNA, FlagType.PERSISTENT_NUMBNESS);
            assertEquals(FlagStatus.OPEN, untouched.status());
            assertEquals(null, untouched.acknowledgedBy());

            patient("pat.one");
            assertThrows(AccessDeniedException.class, () -> flags.ofPatient(Fixture.ANNA),
                    "a patient reaches no clinician action, not even on their own record");
        });
    }

    @Test
    void theCaseloadFilteredByAFlagTypeListsOnlyTheCallersPatientsWithThatFlagActive() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            Instant now = clock.instant();
            direct.openFlag(Fixture.ANNA, FlagType.PERSISTENT_NUMBNESS, Severity.HIGH, now.minus(Duration.ofDays(1)));
            direct.openFlag(Fixture.BERT, FlagType.HOPELESSNESS, Severity.HIGH, now.minus(Duration.ofDays(3)));
            direct.resolvedFlag(Fixture.BERT, FlagType.PERSISTENT_NUMBNESS, Severity.HIGH,
                    now.minus(Duration.ofDays(2)));
            direct.patient(DORA, "pat.four", "Dora", "Dahl", DORA_ZONE);
            direct.covering(DORA, Fixture.DR_ONE);
            direct.openFlag(DORA, FlagType.DISENGAGED, Severity.LOW, now.minus(Duration.ofDays(10)));
            direct.patient(ELI, "pat.five", "Eli", "Eng", DORA_ZONE);
            direct.covering(ELI, Fixture.DR_ONE);
            direct.openFlag(Fixture.CORA, FlagType.PERSISTENT_NUMBNESS, Severity.URGENT, now);
            CaseloadFilter numbness = new CaseloadFilter(FlagType.PERSISTENT_NUMBNESS, null);
            clinician("dr.one");

            Page<CaseloadRow> filtered = caseload.page(FIRST_PAGE, numbness, CaseloadSort.FLAGS, false);

            assertEquals(List.of("Anna Ahlberg"), names(filtered), "Bert's is resolved; Cora is another team's");
            assertEquals(1, filtered.total());
            assertEquals(1, caseload.count(numbness));
            assertEquals(List.of(new CaseloadRow.FlagBadge(null, "PERSISTENT_NUMBNESS", "HIGH", "OPEN", "Persistent numbness", null)),
                    withoutIds(row(filtered, Fixture.ANNA).flags()));
            assertEquals(List.of("Bert Berg"), names(caseload.page(FIRST_PAGE,
                    new CaseloadFilter(FlagType.PERSISTENT_NUMBNESS, FlagStatus.RESOLVED), CaseloadSort.FLAGS, false)));

            Page<CaseloadRow> triage = caseload.page(FIRST_PAGE, CaseloadFilter.NONE, CaseloadSort.FLAGS, false);
            assertEquals(List.of("Bert Berg", "Anna Ahlberg", "Dora Dahl", "Eli Eng"), names(triage),
                    "most severe first, the older of two equals first, patients without flags last");
            assertEquals(List.of(new CaseloadRow.FlagBadge(null, "HOPELESSNESS", "HIGH", "OPEN", "Hopelessness", null)),
                    withoutIds(row(triage, Fixture.BERT).flags()), "badges are the active flags");

            clinician("dr.three");
            assertEquals(List.of("Cora Carlsen"),
                    names(caseload.page(FIRST_PAGE, numbness, CaseloadSort.FLAGS, false)));
        });
    }

    // --- the daily checks ---

    @Test
    void theDailyCheckFlagsAPatientSilentForAWeekAfterRegularEntriesOnceAndNobodyElse() throws Exception {
        LocalDate today = today(ZoneOffset.UTC); // Bert's days are the practice's: UTC
        inATransactionThatIsRolledBack(() -> {
            for (int back : new int[] {7, 8, 12}) { // three entries in the 14 days before 7 silent days
                direct.journalEntry(Fixture.BERT, today.minusDays(back), 4);
            }
            direct.patient(DORA, "pat.four", "Dora", "Dahl", DORA_ZONE); // never wrote anything
            direct.covering(DORA, Fixture.DR_ONE);
            direct.patient(ELI, "pat.five", "Eli", "Eng", "UTC");
            direct.covering(ELI, Fixture.DR_ONE);
            for (int back : new int[] {6, 8, 9, 10}) { // wrote six days ago: only six silent days
                direct.journalEntry(ELI, today.minusDays(back), 4);
            }
            direct.patient(FAY, "pat.six", "Fay", "Falk", "UTC");
            direct.covering(FAY, Fixture.DR_ONE);
            for (int back : new int[] {7, 20}) { // silent for a week, but only two entries before
                direct.journalEntry(FAY, today.minusDays(back), 4);
            }

            direct.patient(GIL, "pat.gil", "Gil", "Gray", "UTC"); // silent like Bert, but on no care team
            direct.patient(HAL, "pat.hal", "Hal", "Hart", "UTC"); // silent like Bert; his team ended yesterday
            direct.endedCovering(HAL, Fixture.DR_ONE);
            for (UUID nobodysPatient : List.of(GIL, HAL)) {
                for (int back : new int[] {7, 8, 12}) {
                    direct.journalEntry(nobodysPatient, today.minusDays(back), 4);
                }
            }

            assertEquals(1, dailyChecks.run(), "Bert only: the fixture's other patients wrote lately or never,"
                    + " and Gil and Hal have no active care team to read a flag");

            FlagView silent = onlyFlag(Fixture.BERT, FlagType.DISENGAGED);
            assertEquals(Severity.LOW, silent.severity());
            assertEquals(FlagStatus.OPEN, silent.status());
            EvidenceView evidence = silent.evidence().get(0);
            assertTrue(evidence.summary().startsWith("no check-ins on 7 days, "), evidence.summary());
            assertTrue(evidence.summary().endsWith(", after 3 entries in the 14 days before"), evidence.summary());
            assertEquals(today.minusDays(6), evidence.windowStart());
            assertEquals(today, evidence.windowEnd());
            assertEquals(List.of(), flagsOf(DORA, FlagType.DISENGAGED));
            assertEquals(List.of(), flagsOf(ELI, FlagType.DISENGAGED));
            assertEquals(List.of(), flagsOf(FAY, FlagType.DISENGAGED));
            assertEquals(0, direct.flagCount(GIL), "no DISENGAGED for a patient on no care team");
            assertEquals(0, direct.flagCount(HAL), "nor for one whose care team has ended");

            assertEquals(0, dailyChecks.run(), "the second run of the day opens nothing more");
            assertEquals(silent.id(), onlyFlag(Fixture.BERT, FlagType.DISENGAGED).id());
        });
    }

    @Test
    void whileAnotherInstanceRunsTheDailyCheckThisOneSkipsIt() throws SQLException {
        long lockKey = 0x7468_6177_0001L; // the advisory lock DisengagementCheck takes
        // a session of its own, as another instance's would be: a connection from this server's pool,
        // taken here, would become the check's own and hold the lock for it
        try (Connection otherInstance = DriverManager.getConnection(System.getProperty(IntegrationDatabase.URL),
                System.getProperty(IntegrationDatabase.USER), System.getProperty(IntegrationDatabase.PASSWORD))) {
            advisoryLock(otherInstance, "pg_advisory_lock", lockKey);
            try {
                assertEquals(-1, dailyChecks.run());
            } finally {
                advisoryLock(otherInstance, "pg_advisory_unlock", lockKey);
            }
        }
    }

    @Test
    void aNewSilenceAfterAResolvedOneIsFlaggedAgain() throws Exception {
        LocalDate today = today(ZoneOffset.UTC);
        inATransactionThatIsRolledBack(() -> {
            UUID old = direct.resolvedFlag(Fixture.BERT, FlagType.DISENGAGED, Severity.LOW,
                    today.minusDays(30).atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC));
            for (int back : new int[] {7, 8, 12}) {
                direct.journalEntry(Fixture.BERT, today.minusDays(back), 4);
            }

            dailyChecks.run();

            List<FlagView> disengaged = flagsOf(Fixture.BERT, FlagType.DISENGAGED);
            assertEquals(2, disengaged.size(), () -> "a new flag beside the resolved one: " + disengaged);
            assertEquals(FlagStatus.OPEN, disengaged.get(0).status());
            assertEquals(old, disengaged.get(1).id());
        });
    }

    @Test
    void aSilenceThatBeganBeforeTheLastResolutionIsNotFlaggedAgain() throws Exception {
        LocalDate today = today(ZoneOffset.UTC);
        inATransactionThatIsRolledBack(() -> {
            for (int back = 14; back <= 20; back++) { // wrote every day, then nothing for two weeks
                direct.journalEntry(Fixture.BERT, today.minusDays(back), 4);
            }
            // the first silent week's flag, resolved a week ago while the silence went on
            direct.resolvedFlag(Fixture.BERT, FlagType.DISENGAGED, Severity.LOW,
                    today.minusDays(7).atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC));

            dailyChecks.run();

            assertEquals(FlagStatus.RESOLVED, onlyFlag(Fixture.BERT, FlagType.DISENGAGED).status(),
                    "the silence began before the resolution: only a gap that begins after it is new");
        });
    }

    // --- screeners ---

    @Test
    void aCompletePhq9IsScoredAndStoredWithItsCodeVersionTotalAndBandAndTheSubmissionIsAudited() throws Exception {
        committed(() -> direct.patient(IVY, "pat.seven", "Ivy", "Ide", "UTC"));
        LocalDate today = today(ZoneOffset.UTC);
        patient("pat.seven");
        assertTrue(myScreeners.inIntake());
        long before = lastAuditId();

        Submitted submitted = myScreeners.submit("phq-9", null, phq9(1, 1, 2, 2, 1, 0, 1, 0, 0, 1));

        assertEquals(new Submitted(submitted.id(), "PHQ-9", "PHQ-9", "1", 8, "MILD", "Mild", false, null), submitted);
        assertEquals(List.of(new StoredResponse(submitted.id(), "PHQ-9", "1", "PATIENT", 8, "MILD", false, today, null,
                        "0", 10)), storedResponses(IVY),
                "stored under the code as the catalogue spells it, with every answer and the difficulty");
        assertEquals(new AuditRow("sub-pat.seven", "pat.seven", "patient", "CREATE", "screener_response",
                submitted.id().toString(), IVY, "ALLOWED"), onlyAuditRowAfter(before));
        assertEquals(List.of(), storedFlags(IVY), "item 9 not at all, item 2 several days, a first PHQ-9: no flag");

        patient("pat.seven");
        assertFalse(myScreeners.inIntake());
        List<ScreenerResult> mine = myScreeners.results();
        assertEquals(1, mine.size());
        ScreenerResult read = mine.get(0);
        assertEquals(submitted.id(), read.id());
        assertEquals(8, read.total());
        assertEquals("1", read.version());
        assertEquals(today, read.administeredOn());
        assertEquals(10, read.answers().size());
        assertEquals(new ScreenerResult.Answer("phq9-1", 1, "Little interest or pleasure in doing things", "Several days",
                1, true), read.answers().get(0));
        assertEquals("Somewhat difficult", read.answers().get(9).answer(), "answers read back from jsonb in words");
        assertEquals(List.of("NUMBNESS", "GAD-7"), myScreeners.due().stream().map(DueScreener::instrument).toList());
    }

    @Test
    void aSafetyAnswerShowsCrisisResourcesAtOnceAndCommitsAnUrgentSafetyFlagWithTheResponse() throws Exception {
        committed(() -> direct.patient(JON, "pat.eight", "Jon", "Juhl", "UTC"));
        patient("pat.eight");

        Submitted submitted = myScreeners.submit("PHQ-9", "1", phq9(0, 1, 0, 0, 0, 0, 0, 0, 1));

        assertTrue(submitted.safetyPositive());
        assertEquals(crisisResources.text(), submitted.crisisResources());
        assertTrue(submitted.crisisResources().contains("emergency"), submitted.crisisResources());
        assertEquals(2, submitted.total());
        List<StoredResponse> stored = storedResponses(JON);
        assertEquals(1, stored.size());
        assertTrue(stored.get(0).safetyPositive());
        assertEquals("1", stored.get(0).item9());
        List<StoredSafetyAnswer> answers = storedSafetyAnswers(JON);
        assertEquals(List.of(new StoredSafetyAnswer(answers.get(0).id(), "PHQ-9", "1", "phq9-9", 1, "RESPONSE",
                submitted.id())), answers, "the safety answer, kept on its own, names the response");
        List<StoredFlag> committed = storedFlags(JON);
        assertEquals(1, committed.size(), () -> "one flag: " + committed);
        StoredFlag safety = committed.get(0);
        assertEquals(List.of("SAFETY", "URGENT", "OPEN"), List.of(safety.type(), safety.severity(), safety.status()));
        assertEquals(answers.get(0).id().toString(), safety.refs(), "the evidence names the safety answer");
        assertTrue(safety.summary().startsWith("PHQ-9 safety answer: item 9 “Several days”, "), safety.summary());

        patient("pat.eight");
        myScreeners.submit("PHQ-9", null, phq9(0, 1, 0, 0, 0, 0, 0, 0, 3));

        List<StoredFlag> grown = storedFlags(JON);
        assertEquals(2, grown.size(), () -> "a second piece of evidence on the same flag: " + grown);
        assertEquals(safety.flagId(), grown.get(1).flagId());
        assertEquals(storedSafetyAnswers(JON).get(1).id().toString(), grown.get(1).refs());
        assertTrue(grown.get(1).summary().contains("“Nearly every day”"), grown.get(1).summary());
    }

    @Test
    void aLaterFailureOfTheRequestLeavesTheSafetyAnswerAndItsUrgentFlagCommitted() throws Exception {
        committed(() -> direct.patient(KAI, "pat.nine", "Kai", "Krogh", "UTC"));
        long before = lastAuditId();
        patient("pat.nine");
        AtomicReference<Submitted> submitted = new AtomicReference<>();

        assertThrows(EnclosingTransaction.Failed.class, () -> enclosing.runThenFail(
                () -> submitted.set(myScreeners.submit("PHQ-9", null, phq9(2, 1, 2, 1, 1, 1, 1, 1, 2)))));

        assertTrue(submitted.get().safetyPositive(), "the patient was shown the crisis resources");
        assertEquals(crisisResources.text(), submitted.get().crisisResources());
        assertEquals(List.of(), storedResponses(KAI), "the response went with the failed transaction");
        List<StoredSafetyAnswer> answers = storedSafetyAnswers(KAI);
        assertEquals(1, answers.size(), "the safety answer did not");
        List<StoredFlag> flagsNow = storedFlags(KAI);
        assertEquals(1, flagsNow.size(), () -> "nor its flag: " + flagsNow);
        assertEquals(List.of("SAFETY", "URGENT", "OPEN", answers.get(0).id().toString()), List.of(flagsNow.get(0).type(),
                flagsNow.get(0).severity(), flagsNow.get(0).status(), flagsNow.get(0).refs()));
        assertEquals(List.of(
                        new AuditRow("sub-pat.nine", "pat.nine", "patient", "CREATE", "safety_answer",
                                answers.get(0).id().toString(), KAI, "ALLOWED"),
                        new AuditRow("sub-pat.nine", "pat.nine", "patient", "CREATE", "screener_response",
                                submitted.get().id().toString(), KAI, "ALLOWED")),
                auditRowsAfter(before), "both writes audited, and the audit events survive the rollback");
    }

    @Test
    void aFailureStoringTheResponseStillShowsTheCrisisResourcesAndKeepsTheFlag() throws Exception {
        // the database refuses every screener response of Gus (a trigger of the test fixture)
        patient("pat.broken");
        RuntimeException plain = assertThrows(RuntimeException.class,
                () -> myScreeners.submit("PHQ-9", null, phq9(1, 0, 0, 0, 0, 0, 0, 0, 0)));
        assertFalse(plain instanceof SafetyAnswerException, "without a safety answer it is an ordinary failure");

        patient("pat.broken");
        SafetyAnswerException failed = assertThrows(SafetyAnswerException.class,
                () -> myScreeners.submit("PHQ-9", null, phq9(1, 0, 0, 0, 0, 0, 0, 0, 3), "gus-1"));

        assertEquals(crisisResources.text(), failed.crisisResources(), "the crisis resources, whatever failed");
        assertTrue(failed.recorded());
        assertTrue(failed.refusal().isEmpty(), "a failure, not a refusal");
        assertEquals(List.of(), storedResponses(Fixture.GUS));
        List<StoredSafetyAnswer> answers = storedSafetyAnswers(Fixture.GUS);
        assertEquals(List.of("RESPONSE"), answers.stream().map(StoredSafetyAnswer::context).toList());
        List<StoredFlag> flagsNow = storedFlags(Fixture.GUS);
        assertEquals(List.of("SAFETY URGENT OPEN " + answers.get(0).id()),
                flagsNow.stream().map(f -> f.type() + " " + f.severity() + " " + f.status() + " " + f.refs()).toList());
    }

    @Test
    void anIncompletePhq9WithASafetyAnswerIsRefusedYetTheAnswerIsKeptFlaggedAndReAlertsWhenAcknowledged()
            throws Exception {
        committed(() -> direct.patient(MIA, "pat.eleven", "Mia", "Moe", "UTC"));
        LocalDate today = today("UTC");
        Map<String, Object> partial = phq9(1, 1, 0, 1, 1, 1, 0, 1, 2);
        partial.keySet().removeAll(List.of("phq9-3", "phq9-7"));
        patient("pat.eleven");

        SafetyAnswerException refused = assertThrows(SafetyAnswerException.class,
                () -> myScreeners.submit("PHQ-9", null, partial, "step-a"));

        assertEquals(crisisResources.text(), refused.crisisResources(), "the crisis resources in the same answer");
        assertTrue(refused.recorded());
        InvalidInputException incomplete = refused.refusal().orElseThrow();
        assertEquals("answers", incomplete.field());
        assertEquals("Please answer every question: 3 and 7 are unanswered (phq9-3, phq9-7).", incomplete.getMessage());
        assertEquals(List.of(), storedResponses(MIA), "nothing scored, no response");
        List<StoredSafetyAnswer> answers = storedSafetyAnswers(MIA);
        assertEquals(List.of(new StoredSafetyAnswer(answers.get(0).id(), "PHQ-9", "1", "phq9-9", 2, "INCOMPLETE", null)),
                answers);
        List<StoredFlag> flagged = storedFlags(MIA);
        assertEquals(1, flagged.size(), () -> flagged.toString());
        assertEquals(List.of("SAFETY", "URGENT", "OPEN"),
                List.of(flagged.get(0).type(), flagged.get(0).severity(), flagged.get(0).status()));
        assertEquals("PHQ-9 item 9 answered “More than half the days” on an incomplete PHQ-9, " + longDay(today)
                + " — same-day risk assessment advised", flagged.get(0).summary());
        patient("pat.eleven");
        assertTrue(myScreeners.inIntake(), "a safety answer does not end the intake");
        patient("pat.eleven");
        assertEquals(List.of(), myScreeners.results(), "and is not a result");

        patient("pat.eleven");
        assertThrows(SafetyAnswerException.class, () -> myScreeners.submit("PHQ-9", null, partial, "step-a"));
        assertEquals(1, storedSafetyAnswers(MIA).size(), "a retried refused submission records its answer once");
        assertEquals(1, storedFlags(MIA).size());

        acknowledgeDirectly(flagged.get(0).flagId());
        patient("pat.eleven");
        Submitted corrected = myScreeners.submit("PHQ-9", null, phq9(1, 1, 0, 1, 1, 1, 0, 1, 2), "step-a");

        assertEquals(8, corrected.total(), "the corrected full submission under the same key is accepted and scored");
        assertEquals(crisisResources.text(), corrected.crisisResources());
        assertEquals(1, storedResponses(MIA).size());
        assertEquals(List.of("INCOMPLETE", "RESPONSE"),
                storedSafetyAnswers(MIA).stream().map(StoredSafetyAnswer::context).toList());
        List<StoredFlag> grown = storedFlags(MIA);
        assertEquals(2, grown.size(), () -> "evidence added to the same flag, not a second flag: " + grown);
        assertEquals(flagged.get(0).flagId(), grown.get(1).flagId());
        assertEquals("OPEN", grown.get(1).status(), "a new safety answer on an acknowledged flag opens it again");
        assertTrue(reopenedAt(flagged.get(0).flagId()) != null, "and says since when");
    }

    @Test
    void aRetriedSubmissionWithTheSameKeyIsOneResponseAndStillShowsTheCrisisResources() throws Exception {
        committed(() -> direct.patient(LEA, "pat.ten", "Lea", "Lund", "UTC"));
        patient("pat.ten");
        Submitted first = myScreeners.submit("PHQ-9", null, phq9(1, 1, 0, 0, 0, 0, 0, 0, 2), "step-1");
        patient("pat.ten");
        Submitted retried = myScreeners.submit("PHQ-9", null, phq9(1, 1, 0, 0, 0, 0, 0, 0, 2), "step-1");

        assertEquals(first.id(), retried.id(), "the retry answers the first response");
        assertEquals(first.total(), retried.total());
        assertTrue(retried.safetyPositive());
        assertEquals(crisisResources.text(), retried.crisisResources(), "the crisis resources again, at once");
        patient("pat.ten");
        assertEquals(1, myScreeners.results().size(), "one response stored");
        assertEquals(1, storedSafetyAnswers(LEA).size(), "one safety answer");
        assertEquals(1, storedFlags(LEA).size(), "and one piece of evidence");

        patient("pat.ten");
        assertEquals("idempotencyKey", assertThrows(InvalidInputException.class,
                () -> myScreeners.submit("GAD-7", null, gad7(0, 0, 0, 0, 0, 0, 0), "step-1")).field(),
                "a key used for PHQ-9 is not a GAD-7 response");
        patient("pat.ten");
        Submitted other = myScreeners.submit("PHQ-9", null, phq9(0, 0, 0, 0, 0, 0, 0, 0, 0), "step-2");
        assertTrue(!other.id().equals(first.id()));
        patient("pat.ten");
        assertEquals(2, myScreeners.results().size(), "a new key is a new response");
    }

    @Test
    void incompleteOrImpossibleAnswersAreRefusedNamingTheirFieldAndNothingIsStored() throws SQLException {
        List<StoredResponse> before = storedResponses(Fixture.ANNA);
        long lastAudit = lastAuditId();
        patient("pat.one");
        Map<String, Object> partial = phq9(1, 1, 1, 1, 1, 1, 0, 0, 0);
        partial.keySet().removeAll(List.of("phq9-7", "phq9-8", "phq9-9"));

        InvalidInputException unanswered = assertThrows(InvalidInputException.class,
                () -> myScreeners.submit("PHQ-9", null, partial));
        InvalidInputException version = assertThrows(InvalidInputException.class,
                () -> myScreeners.submit("PHQ-9", "9", phq9(0, 0, 0, 0, 0, 0, 0, 0, 0)));
        InvalidInputException four = assertThrows(InvalidInputException.class,
                () -> myScreeners.submit("PHQ-9", null, phq9(4, 0, 0, 0, 0, 0, 0, 0, 0)));
        InvalidInputException unknownQuestion = assertThrows(InvalidInputException.class,
                () -> myScreeners.submit("GAD-7", null, phq9(0, 0, 0, 0, 0, 0, 0, 0, 0)));

        assertEquals("answers", unanswered.field());
        assertEquals("Please answer every question: 7, 8 and 9 are unanswered (phq9-7, phq9-8, phq9-9).",
                unanswered.getMessage());
        assertEquals("version", version.field());
        assertTrue(version.getMessage().contains("the current one is 1"), version.getMessage());
        assertEquals("answers.phq9-1", four.field());
        assertEquals("must be one of 0, 1, 2, 3", four.getMessage());
        assertEquals("answers.phq9-1", unknownQuestion.field());
        assertThrows(RecordNotFoundException.class, () -> myScreeners.submit("ODQ", null, Map.of()),
                "only an instrument Thaw embeds can be answered");
        assertEquals(List.of("FAILED", "FAILED", "FAILED", "FAILED", "DENIED"),
                auditRowsAfter(lastAudit).stream().map(AuditRow::outcome).toList());
        assertEquals(before, storedResponses(Fixture.ANNA));
        assertEquals(List.of(), storedFlags(Fixture.ANNA).stream().filter(f -> f.type().equals("SAFETY")).toList());

        assertEquals("PHQ-9", myScreeners.instrument("phq-9").code());
        assertThrows(RecordNotFoundException.class, () -> myScreeners.instrument("ODQ"));
    }

    @Test
    void aSecondPhq9FivePointsAboveTheFirstOpensWorseningAndAnExternalGad7CountsToo() throws Exception {
        LocalDate today = today(DORA_ZONE);
        inATransactionThatIsRolledBack(() -> {
            direct.patient(DORA, "pat.four", "Dora", "Dahl", DORA_ZONE);
            direct.covering(DORA, Fixture.DR_ONE);
            patient("pat.four");
            Submitted first = myScreeners.submit("PHQ-9", null, phq9(1, 1, 1, 1, 1, 1, 0, 0, 0));
            myScreeners.submit("PHQ-9", null, phq9(2, 1, 2, 1, 1, 1, 1, 0, 0));

            assertEquals(List.of(), flagsOf(DORA, FlagType.WORSENING), "6 then 9: 3 points up");

            patient("pat.four");
            Submitted eleven = myScreeners.submit("PHQ-9", null, phq9(2, 1, 2, 2, 2, 1, 1, 0, 0));

            FlagView worsening = onlyFlag(DORA, FlagType.WORSENING);
            assertEquals(Severity.HIGH, worsening.severity());
            assertEquals(FlagStatus.OPEN, worsening.status());
            EvidenceView evidence = worsening.evidence().get(0);
            assertEquals("PHQ-9 11 on " + longDay(today) + ", up 5 from the first (6 on " + longDay(today) + ")",
                    evidence.summary());
            assertEquals(List.of(first.id(), eleven.id()), evidence.refs());
            assertEquals(List.of(FlagType.WORSENING),
                    allFlagsOf(DORA).stream().map(FlagView::type).toList(), "nothing else fired");

            clinician("dr.one");
            screeners.recordExternal(DORA, "GAD-7", 5, today.minusDays(10));
            patient("pat.four");
            myScreeners.submit("GAD-7", null, gad7(2, 2, 1, 1, 1, 1, 1));

            FlagView joined = onlyFlag(DORA, FlagType.WORSENING);
            assertEquals(worsening.id(), joined.id(), "new evidence joins the open flag");
            assertEquals(2, joined.evidence().size());
            assertTrue(summaries(joined).get(1).startsWith("GAD-7 9 on "), summaries(joined).get(1));
        });
    }

    @Test
    void aPhq9WithItemTwoAndDifficultyHighOpensHopelessnessAndFunctionalImpact() throws Exception {
        LocalDate today = today(DORA_ZONE);
        inATransactionThatIsRolledBack(() -> {
            direct.patient(DORA, "pat.four", "Dora", "Dahl", DORA_ZONE);
            direct.covering(DORA, Fixture.DR_ONE);
            patient("pat.four");

            Submitted submitted = myScreeners.submit("PHQ-9", null, phq9(1, 2, 1, 1, 0, 0, 0, 0, 0, 3));

            FlagView hopeless = onlyFlag(DORA, FlagType.HOPELESSNESS);
            assertEquals(List.of("PHQ-9 item 2 (feeling down, depressed, or hopeless): “More than half the days”, "
                    + longDay(today)), summaries(hopeless));
            assertEquals(List.of(submitted.id()), hopeless.evidence().get(0).refs());
            FlagView impact = onlyFlag(DORA, FlagType.FUNCTIONAL_IMPACT);
            assertEquals(List.of("PHQ-9 difficulty: “Extremely difficult”, " + longDay(today)), summaries(impact));
            assertEquals("Daily life affected (PHQ-9 difficulty)", impact.label(), "no journal evidence: not numbness");
            assertEquals(EvidenceSource.SCREENER, impact.evidence().get(0).source());
            assertEquals(List.of("Daily life affected (PHQ-9 difficulty)"), row(caseload.page(FIRST_PAGE,
                    CaseloadFilter.NONE, CaseloadSort.FLAGS, false), DORA).flags().stream()
                    .filter(b -> b.type().equals("FUNCTIONAL_IMPACT")).map(CaseloadRow.FlagBadge::label).toList(),
                    "the dashboard names it the same way");
            assertEquals(Severity.HIGH, impact.severity());
            assertEquals(List.of(), flagsOf(DORA, FlagType.SAFETY));
        });
    }

    @Test
    void aNewPatientIsDueTheIntakeAndWhatTheyAnswerOrAreAssignedChangesWhatIsDue() throws Exception {
        LocalDate today = today(DORA_ZONE);
        inATransactionThatIsRolledBack(() -> {
            direct.patient(DORA, "pat.four", "Dora", "Dahl", DORA_ZONE);
            direct.covering(DORA, Fixture.DR_ONE);
            patient("pat.four");

            assertTrue(myScreeners.inIntake());
            assertEquals(List.of(new DueScreener("NUMBNESS", "Numbness check", Reason.INTAKE, today),
                    new DueScreener("PHQ-9", "PHQ-9", Reason.INTAKE, today),
                    new DueScreener("GAD-7", "GAD-7", Reason.INTAKE, today)), myScreeners.due());

            myScreeners.submit("NUMBNESS", null, numbnessCheck());

            assertFalse(myScreeners.inIntake());
            assertEquals(List.of("PHQ-9", "GAD-7"), instruments(myScreeners.due()));

            clinician("dr.one");
            screeners.assign(DORA, " pcl-5 ");

            assertEquals(List.of(new DueScreener("PHQ-9", "PHQ-9", Reason.INTAKE, today),
                    new DueScreener("GAD-7", "GAD-7", Reason.INTAKE, today),
                    new DueScreener("PCL-5", "PCL-5", Reason.ASSIGNED, today)), screeners.due(DORA));
            patient("pat.four");
            assertEquals(List.of("PHQ-9", "GAD-7", "PCL-5"), instruments(myScreeners.due()), "the patient sees it too");

            myScreeners.submit("PCL-5", null, pcl5(1));

            assertEquals(List.of("PHQ-9", "GAD-7"), instruments(myScreeners.due()), "answered after it was assigned");
            clinician("dr.one");
            List<ScreenerResult> results = screeners.results(DORA);
            assertEquals(List.of("NUMBNESS", "PCL-5"), results.stream().map(ScreenerResult::instrument).toList());
            assertEquals(20, results.get(1).total());
            assertEquals(80, results.get(1).max());
            assertEquals("2", results.get(1).version(), "patients answer the latest version");
            assertEquals("BELOW_CUTOFF", results.get(1).band());
            assertEquals("Below the screening cut-off", results.get(1).bandLabel());
            assertEquals("Below 31: below the provisional PTSD cut-off", results.get(1).bandClinicianLabel(),
                    "the care team reads the clinician label");
        });
    }

    @Test
    void externalScoresAndSchedulesDecideFollowUps() throws Exception {
        LocalDate today = today(DORA_ZONE);
        inATransactionThatIsRolledBack(() -> {
            direct.patient(DORA, "pat.four", "Dora", "Dahl", DORA_ZONE);
            direct.covering(DORA, Fixture.DR_ONE);
            clinician("dr.one");
            long before = lastAuditId();

            ScreenerResult phq9 = screeners.recordExternal(DORA, "phq-9", 12, today.minusDays(7));

            assertEquals("PHQ-9", phq9.instrument());
            assertEquals(Source.CLINICIAN, phq9.source());
            assertEquals("dr.one", phq9.enteredBy());
            assertNull(phq9.version());
            assertEquals(12, phq9.total());
            assertEquals("MODERATE", phq9.band());
            assertEquals("Moderate", phq9.bandLabel());
            assertEquals("Moderate", phq9.bandClinicianLabel(), "PHQ-9 bands have one label for both");
            assertEquals(List.of(), phq9.answers());
            assertEquals(today.minusDays(7), phq9.administeredOn());
            assertEquals(new AuditRow("sub-dr.one", "dr.one", "clinician", "CREATE", "screener_response",
                    phq9.id().toString(), DORA, "ALLOWED"), onlyAuditRowAfter(before));

            screeners.recordExternal(DORA, "GAD-7", 6, today.minusDays(7));

            assertEquals(Map.of(), screeners.schedules(DORA));
            assertEquals(List.of("NUMBNESS"), instruments(screeners.due(DORA)),
                    "PHQ-9 and GAD-7 were recorded a week ago: the practice asks again after 14 days");

            screeners.schedule(DORA, "PHQ-9", 7);

            assertEquals(Map.of("PHQ-9", 7), screeners.schedules(DORA));
            assertEquals(List.of(new DueScreener("NUMBNESS", "Numbness check", Reason.INTAKE, today),
                    new DueScreener("PHQ-9", "PHQ-9", Reason.FOLLOW_UP, today)), screeners.due(DORA));

            screeners.schedule(DORA, "phq-9", 0);
            screeners.schedule(DORA, "WHO-5", 30);

            assertEquals(Map.of("PHQ-9", 0, "WHO-5", 30), screeners.schedules(DORA), "a second call updates");
            assertEquals(List.of("NUMBNESS"), instruments(screeners.due(DORA)));

            ScreenerResult odq = screeners.recordExternal(DORA, " ODQ ", 64, today.minusDays(1));

            assertEquals("ODQ", odq.instrument());
            assertEquals("ODQ", odq.title());
            assertEquals(64, odq.total());
            assertNull(odq.band());
            assertNull(odq.max());
            assertNull(odq.changeFromBaseline());
            ScreenerResult later = screeners.recordExternal(DORA, "PHQ-9", 6, today);
            assertEquals(-6, later.fromBaseline());
            assertEquals(ChangeLabel.IMPROVED, later.changeFromBaseline());
            assertTrue(later.response(), "6 is half of 12");
            assertEquals(List.of("PHQ-9", "GAD-7", "ODQ", "PHQ-9"),
                    screeners.results(DORA).stream().map(ScreenerResult::instrument).toList(), "oldest first");
        });
    }

    @Test
    void badExternalScoresSchedulesAndAssignmentsAreRefusedNamingTheirFieldAndNothingIsStored() throws SQLException {
        LocalDate today = today(Fixture.ANNA_ZONE);
        List<StoredResponse> before = storedResponses(Fixture.ANNA);
        clinician("dr.one");

        InvalidInputException future = assertThrows(InvalidInputException.class,
                () -> screeners.recordExternal(Fixture.ANNA, "PHQ-9", 10, today.plusDays(1)));
        InvalidInputException tooHigh = assertThrows(InvalidInputException.class,
                () -> screeners.recordExternal(Fixture.ANNA, "PHQ-9", 28, today));

        assertEquals("date", future.field());
        assertEquals("score", tooHigh.field());
        assertEquals("must be from 0 to 27 for PHQ-9", tooHigh.getMessage());
        assertEquals("date", assertThrows(InvalidInputException.class,
                () -> screeners.recordExternal(Fixture.ANNA, "ODQ", 60, null)).field());
        assertEquals("score", assertThrows(InvalidInputException.class,
                () -> screeners.recordExternal(Fixture.ANNA, "ODQ", null, today)).field());
        assertEquals("score", assertThrows(InvalidInputException.class,
                () -> screeners.recordExternal(Fixture.ANNA, "ODQ", 1001, today)).field());
        assertEquals("instrument", assertThrows(InvalidInputException.class,
                () -> screeners.recordExternal(Fixture.ANNA, "  ", 10, today)).field());
        assertEquals("instrument", assertThrows(InvalidInputException.class,
                () -> screeners.recordExternal(Fixture.ANNA, "x".repeat(41), 10, today)).field());
        assertEquals("instrument", assertThrows(InvalidInputException.class,
                () -> screeners.assign(Fixture.ANNA, "ODQ")).field(), "only an instrument Thaw embeds is assigned");
        assertEquals("instrument", assertThrows(InvalidInputException.class,
                () -> screeners.schedule(Fixture.ANNA, null, 7)).field());
        for (Integer days : new Integer[] {null, -1, 366}) {
            assertEquals("everyDays", assertThrows(InvalidInputException.class,
                    () -> screeners.schedule(Fixture.ANNA, "PHQ-9", days)).field(), "every " + days + " days");
        }

        assertEquals(before, storedResponses(Fixture.ANNA));
        assertEquals(Map.of(), screeners.schedules(Fixture.ANNA));
    }

    @Test
    void aClinicianOffTheCareTeamFindsNoScreenersAndAPatientReachesNoClinicianAction() throws SQLException {
        LocalDate today = today(Fixture.ANNA_ZONE);
        List<StoredResponse> before = storedResponses(Fixture.ANNA);
        clinician("dr.three"); // Anna's primary once: an ended assignment gives no access
        long lastAudit = lastAuditId();

        assertThrows(RecordNotFoundException.class, () -> screeners.results(Fixture.ANNA));
        assertThrows(RecordNotFoundException.class, () -> screeners.due(Fixture.ANNA));
        assertThrows(RecordNotFoundException.class, () -> screeners.schedules(Fixture.ANNA));
        assertThrows(RecordNotFoundException.class, () -> screeners.assign(Fixture.ANNA, "PCL-5"));
        assertThrows(RecordNotFoundException.class, () -> screeners.schedule(Fixture.ANNA, "PHQ-9", 7));
        assertThrows(RecordNotFoundException.class, () -> screeners.recordExternal(Fixture.ANNA, "PHQ-9", 10, today));

        assertEquals(List.of(
                        new AuditRow("sub-dr.three", "dr.three", "clinician", "LIST", "screener_response", null, null,
                                "DENIED"),
                        new AuditRow("sub-dr.three", "dr.three", "clinician", "LIST", "screener_due", null, null,
                                "DENIED"),
                        new AuditRow("sub-dr.three", "dr.three", "clinician", "READ", "screener_schedule", null, null,
                                "DENIED"),
                        new AuditRow("sub-dr.three", "dr.three", "clinician", "CREATE", "screener_assignment", null,
                                null, "DENIED"),
                        new AuditRow("sub-dr.three", "dr.three", "clinician", "UPDATE", "screener_schedule", null, null,
                                "DENIED"),
                        new AuditRow("sub-dr.three", "dr.three", "clinician", "CREATE", "screener_response", null, null,
                                "DENIED")),
                auditRowsAfter(lastAudit));

        clinician("dr.one");
        assertThrows(RecordNotFoundException.class, () -> screeners.results(Fixture.CORA), "another team's patient");
        assertThrows(RecordNotFoundException.class, () -> screeners.recordExternal(Fixture.CORA, "ODQ", 50, today));
        assertThrows(RecordNotFoundException.class, () -> screeners.results(UUID.randomUUID()),
                "a patient who does not exist looks the same");
        assertThrows(AccessDeniedException.class, myScreeners::due, "a clinician has no screeners of their own");
        assertThrows(AccessDeniedException.class, () -> myScreeners.submit("PHQ-9", null, phq9(0, 0, 0, 0, 0, 0, 0, 0, 0)));

        patient("pat.one");
        assertThrows(AccessDeniedException.class, () -> screeners.results(Fixture.ANNA),
                "a patient reaches no clinician action, not even on their own record");
        assertThrows(AccessDeniedException.class, () -> screeners.assign(Fixture.ANNA, "PCL-5"));
        assertThrows(AccessDeniedException.class, () -> screeners.recordExternal(Fixture.ANNA, "PHQ-9", 0, today));

        assertEquals(before, storedResponses(Fixture.ANNA));
    }

    @Test
    void aScreenerAnsweredDuringTheSilentWeekMeansThePatientIsNotDisengaged() throws Exception {
        LocalDate today = today(ZoneOffset.UTC); // Bert's days are the practice's: UTC
        inATransactionThatIsRolledBack(() -> {
            silentWeekAfterRegularEntries(Fixture.BERT, today);
            patient("pat.two");
            myScreeners.submit("GAD-7", null, gad7(0, 0, 0, 0, 0, 0, 0));

            assertEquals(0, dailyChecks.run());
            assertEquals(List.of(), flagsOf(Fixture.BERT, FlagType.DISENGAGED));
        });
        inATransactionThatIsRolledBack(() -> {
            silentWeekAfterRegularEntries(Fixture.BERT, today);
            clinician("dr.one");
            screeners.recordExternal(Fixture.BERT, "PHQ-9", 4, today);

            assertEquals(1, dailyChecks.run(), "a score the clinician recorded is not the patient checking in");
            assertEquals(1, flagsOf(Fixture.BERT, FlagType.DISENGAGED).size());
        });
    }

    @Test
    void aSilenceThatBeganAfterAScreenerAnsweredSinceTheLastResolutionIsNew() throws Exception {
        LocalDate today = today(ZoneOffset.UTC);
        Instant resolvedAt = today.minusDays(10).atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
        inATransactionThatIsRolledBack(() -> {
            direct.resolvedFlag(Fixture.BERT, FlagType.DISENGAGED, Severity.LOW, resolvedAt);
            for (int back : new int[] {12, 13, 14}) { // the last entry before the resolution
                direct.journalEntry(Fixture.BERT, today.minusDays(back), 4);
            }

            assertEquals(0, dailyChecks.run(), "the silence after the last entry began before the resolution");
        });
        inATransactionThatIsRolledBack(() -> {
            direct.resolvedFlag(Fixture.BERT, FlagType.DISENGAGED, Severity.LOW, resolvedAt);
            for (int back : new int[] {12, 13, 14}) {
                direct.journalEntry(Fixture.BERT, today.minusDays(back), 4);
            }
            LocalDate answered = today.minusDays(8);
            direct.screenerResponse(Fixture.BERT, "PHQ-9", 6, answered, answered.atTime(20, 0).toInstant(ZoneOffset.UTC));

            assertEquals(1, dailyChecks.run(), "a PHQ-9 answered after the resolution: the silence since then is new");
            assertEquals(FlagStatus.OPEN, flagsOf(Fixture.BERT, FlagType.DISENGAGED).get(0).status());
        });
    }

    // --- practice settings ---

    @Test
    void aClinicianCannotReadOrChangePracticeSettingsAndTheAttemptsAreAudited() throws SQLException {
        long before = lastAuditId();
        clinician("dr.one");

        assertThrows(AccessDeniedException.class, practiceAdmin::settings);
        assertThrows(AccessDeniedException.class,
                () -> practiceAdmin.change(Map.of("flag.hopelessness.min_entries", "1")));

        assertEquals(List.of(
                        new AuditRow("sub-dr.one", "dr.one", "clinician", "READ", "practice_setting", null, null,
                                "DENIED"),
                        new AuditRow("sub-dr.one", "dr.one", "clinician", "UPDATE", "practice_setting", null, null,
                                "DENIED")),
                auditRowsAfter(before));
        assertEquals(FlagThresholds.DEFAULTS, flagSettings.thresholds());
    }

    @Test
    void aChangeWithOneBadValueIsRefusedNamingItsKeyAndNoneOfItIsSaved() {
        admin("admin.one");
        Map<String, String> change = new LinkedHashMap<>();
        change.put("flag.hopelessness.window_days", "10");
        change.put("flag.hopelessness.min_entries", "31");

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> practiceAdmin.change(change));

        assertEquals("flag.hopelessness.min_entries", refused.field());
        assertEquals("must be a whole number from 1 to 30", refused.getMessage());
        assertEquals("flag.unknown", assertThrows(InvalidInputException.class,
                () -> practiceAdmin.change(Map.of("flag.unknown", "3"))).field());
        assertEquals(FlagThresholds.DEFAULTS, flagSettings.thresholds());
        assertEquals(Map.of("flag.hopelessness.window_days", "7", "flag.hopelessness.min_entries", "3"),
                settingValues("flag.hopelessness.window_days", "flag.hopelessness.min_entries"));
    }

    @Test
    void aValidChangeTakesEffectInTheFlagRules() throws Exception {
        String key = "flag.hopelessness.min_entries";
        admin("admin.one");
        practiceAdmin.change(Map.of(key, " 2 "));
        try {
            assertEquals(2, flagSettings.thresholds().hopelessMinEntries());
            admin("admin.one");
            assertEquals(Map.of(key, "2"), settingValues(key));

            LocalDate today = today(Fixture.ANNA_ZONE);
            inATransactionThatIsRolledBack(() -> {
                earlierCheckIns(Fixture.ANNA, today, 1, 3, 1);
                patient("pat.one");
                myJournal.save(today, checkIn(3, true));

                assertTrue(summaries(onlyFlag(Fixture.ANNA, FlagType.HOPELESSNESS)).get(0)
                        .startsWith("felt hopeless on 2 days, "));
            });
        } finally {
            admin("admin.one");
            practiceAdmin.change(Map.of(key, "3"));
        }
        assertEquals(FlagThresholds.DEFAULTS, flagSettings.thresholds());
    }

    // --- messages ---

    @Test
    void aPatientsMessageIsUnreadForEachClinicianOfTheTeamUntilThatClinicianReadsIt() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            officeHoursAroundNow(true);
            patient("pat.one");
            Sent started = myMessages.start(" Sleep ", "I have not slept properly since Monday.", null);

            assertTrue(started.created());
            assertFalse(started.autoReplied(), "inside office hours");
            assertEquals(0, myMessages.unread(), "their own message is not unread for the patient");
            for (String clinician : List.of("dr.one", "dr.two")) {
                clinician(clinician);
                assertEquals(1, teamMessages.unread(), clinician);
                ThreadSummary listed = summary(teamMessages.threads(FIRST_PAGE), started.threadId());
                assertEquals(1, listed.unreadCount(), clinician);
                assertEquals("Sleep", listed.subject());
                assertEquals("Anna Ahlberg", listed.patientName());
                assertEquals(ThreadStatus.OPEN, listed.status());
            }
            clinician("dr.three");
            assertEquals(0, teamMessages.unread(), "another team's clinician");
            assertEquals(0, teamMessages.threads(FIRST_PAGE).total());

            clinician("dr.one");
            long beforeRead = lastAuditId();
            ThreadView read = teamMessages.thread(started.threadId());

            assertEquals(1, read.summary().unreadCount(), "the count as it was before this read");
            assertEquals(List.of("I have not slept properly since Monday."), bodies(read));
            MessageView first = read.messages().get(0);
            assertEquals(List.of("pat.one", "Anna Ahlberg", "PATIENT"),
                    List.of(first.author(), first.authorName(), first.authorRole().name()));
            assertFalse(first.mine());
            assertFalse(first.hidden());
            assertEquals(new AuditRow("sub-dr.one", "dr.one", "clinician", "READ", "message_thread",
                    started.threadId().toString(), Fixture.ANNA, "ALLOWED"), onlyAuditRowAfter(beforeRead));
            assertEquals(0, teamMessages.unread());
            assertEquals(0, summary(teamMessages.threads(FIRST_PAGE), started.threadId()).unreadCount());
            clinician("dr.two");
            assertEquals(1, teamMessages.unread(), "dr.one's read is dr.one's alone");
            assertEquals(1, summary(teamMessages.threads(FIRST_PAGE), started.threadId()).unreadCount());

            clinician("dr.one");
            Sent answer = teamMessages.reply(started.threadId(), "Thank you for writing.\nShall we talk on Thursday?",
                    null);

            assertTrue(answer.created());
            assertEquals(started.threadId(), answer.threadId());
            assertEquals(0, teamMessages.unread(), "their own answer is not unread for dr.one");
            patient("pat.one");
            assertEquals(1, myMessages.unread());
            assertEquals(1, summary(myMessages.threads(FIRST_PAGE), started.threadId()).unreadCount());

            ThreadView patientsView = myMessages.thread(started.threadId());

            assertEquals(1, patientsView.summary().unreadCount());
            assertEquals(List.of("I have not slept properly since Monday.",
                    "Thank you for writing.\nShall we talk on Thursday?"), bodies(patientsView));
            MessageView reply = patientsView.messages().get(1);
            assertEquals(List.of("dr.one", "Dana Lind", "CLINICIAN"),
                    List.of(reply.author(), reply.authorName(), reply.authorRole().name()));
            assertTrue(patientsView.messages().get(0).mine());
            assertFalse(reply.mine());
            assertEquals(List.of(new MessageText.Piece(MessageText.Kind.TEXT, "Thank you for writing."),
                    new MessageText.Piece(MessageText.Kind.BREAK, ""),
                    new MessageText.Piece(MessageText.Kind.TEXT, "Shall we talk on Thursday?")), reply.pieces());
            assertEquals(0, myMessages.unread());
            assertEquals(0, summary(myMessages.threads(FIRST_PAGE), started.threadId()).unreadCount());

            clinician("dr.two");
            assertEquals(2, teamMessages.unread(), "the patient's message and the colleague's answer");
            assertEquals(2, summary(teamMessages.threads(FIRST_PAGE), started.threadId()).unreadCount());
            assertEquals(2, teamMessages.thread(started.threadId()).summary().unreadCount());
            assertEquals(0, teamMessages.unread());
            clinician("dr.one");
            assertEquals(0, teamMessages.unread());
        });
    }

    @Test
    void theTeamIsNotifiedOfAPatientsMessageAndThePatientOfTheTeamsWithoutAnyOfTheText() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            officeHoursAroundNow(true);
            direct.clinicianEmail(Fixture.DR_ONE, "dana.lind@example.org");
            direct.clinicianEmail(Fixture.DR_TWO, "emil.strand@example.org");
            direct.clinicianEmail(Fixture.DR_THREE, "farah.nyberg@example.org");
            direct.patientEmail(Fixture.ANNA, "anna@example.org");
            notifications.take();

            patient("pat.one");
            Sent started = myMessages.start("Sleep", "Still awake at four.", "n-1");
            myMessages.start("Sleep", "Still awake at four.", "n-1");

            List<MessageNotification> toTheTeam = notifications.take();
            assertEquals(1, toTheTeam.size(), () -> "one notification, none for the retried send: " + toTheTeam);
            assertEquals(Set.of("dana.lind@example.org", "emil.strand@example.org"),
                    Set.copyOf(toTheTeam.get(0).recipients()), "the active care team, not dr.three");
            assertEquals(2, toTheTeam.get(0).recipients().size());
            assertEquals("clinician", toTheTeam.get(0).app());

            clinician("dr.two");
            teamMessages.reply(started.threadId(), "We will call you tomorrow morning.", null);

            assertEquals(List.of(new MessageNotification(List.of("anna@example.org"), "portal")), notifications.take());
        });
    }

    @Test
    void aSendRetriedWithTheSameKeyIsTheSameThreadAndMessage() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            officeHoursAroundNow(true);
            patient("pat.one");

            Sent first = myMessages.start("Appointment", "Can we move Thursday?", "start-1");
            Sent retried = myMessages.start("Appointment", "Can we move Thursday?", "start-1");

            assertTrue(first.created());
            assertEquals(new Sent(first.threadId(), first.messageId(), false, false), retried);
            assertEquals(1, myMessages.threads(FIRST_PAGE).total());
            assertEquals(1, myMessages.thread(first.threadId()).messages().size());

            Sent reply = myMessages.reply(first.threadId(), "Friday would work too.", "reply-1");
            Sent replyAgain = myMessages.reply(first.threadId(), "Friday would work too.", "reply-1");
            Sent another = myMessages.reply(first.threadId(), "Friday would work too.", "reply-2");
            Sent withoutKey = myMessages.reply(first.threadId(), "Or Monday.", null);
            Sent withoutKeyAgain = myMessages.reply(first.threadId(), "Or Monday.", " ");

            assertTrue(reply.created());
            assertEquals(new Sent(first.threadId(), reply.messageId(), false, false), replyAgain);
            assertTrue(another.created());
            assertFalse(another.messageId().equals(reply.messageId()), "a different key is a second message");
            assertTrue(withoutKey.created() && withoutKeyAgain.created(), "without a key every send is new");
            assertEquals(List.of("Can we move Thursday?", "Friday would work too.", "Friday would work too.",
                    "Or Monday.", "Or Monday."), bodies(myMessages.thread(first.threadId())));

            clinician("dr.one");
            Sent answer = teamMessages.reply(first.threadId(), "Friday at ten, then.", "reply-1");
            Sent answerAgain = teamMessages.reply(first.threadId(), "Friday at ten, then.", "reply-1");
            assertTrue(answer.created(), "keys are each author's own: the patient's reply-1 is not dr.one's");
            assertEquals(new Sent(first.threadId(), answer.messageId(), false, false), answerAgain);
            Sent started = teamMessages.start(Fixture.ANNA, "Forms", "Please bring the forms.", "start-1");
            assertTrue(started.created());
            assertFalse(started.threadId().equals(first.threadId()));
            assertEquals(started, new Sent(started.threadId(), started.messageId(), true, false));
            assertEquals(new Sent(started.threadId(), started.messageId(), false, false),
                    teamMessages.start(Fixture.ANNA, "Forms", "Please bring the forms.", "start-1"));
            assertEquals(6, teamMessages.thread(first.threadId()).messages().size());
            assertEquals(2, teamMessages.threads(FIRST_PAGE).total());
        });
    }

    @Test
    void aKeyUsedForOneMessageIsNeverAnotherThreadsOrAnotherPatients() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            officeHoursAroundNow(true);
            patient("pat.one");
            Sent sleep = myMessages.start("Sleep", "Awake again.", "k-sleep");
            Sent work = myMessages.start("Work", "Back at work.", null);
            Sent reply = myMessages.reply(sleep.threadId(), "And tonight.", "k-reply");
            clinician("dr.one");
            Sent toAnna = teamMessages.start(Fixture.ANNA, "Check-in", "How was the week?", "k-dr");

            patient("pat.one");
            InvalidInputException inAnotherThread = assertThrows(InvalidInputException.class,
                    () -> myMessages.reply(work.threadId(), "And tonight.", "k-reply"));
            InvalidInputException replyKeyForAThread = assertThrows(InvalidInputException.class,
                    () -> myMessages.start("Other", "Something else.", "k-reply"));
            clinician("dr.one");
            InvalidInputException forAnotherPatient = assertThrows(InvalidInputException.class,
                    () -> teamMessages.start(Fixture.BERT, "Check-in", "How was the week?", "k-dr"));

            assertEquals("idempotencyKey", inAnotherThread.field());
            assertEquals("idempotencyKey", replyKeyForAThread.field());
            assertEquals("idempotencyKey", forAnotherPatient.field());
            assertEquals(List.of("Back at work."), bodies(teamMessages.thread(work.threadId())));
            assertEquals(List.of("Awake again.", "And tonight."), bodies(teamMessages.thread(sleep.threadId())));
            assertEquals(List.of("How was the week?"), bodies(teamMessages.thread(toAnna.threadId())));
            assertTrue(teamMessages.threads(FIRST_PAGE).items().stream()
                            .noneMatch(t -> t.patientId().equals(Fixture.BERT)),
                    "Bert got no thread, let alone Anna's");
            assertFalse(reply.messageId().equals(sleep.messageId()));
        });
    }

    @Test
    void aBodyOfTenThousandCharactersIsSentAndOneMoreIsRefusedNamingBodyAndNothingIsStored() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            officeHoursAroundNow(true);
            patient("pat.one");
            Sent longest = myMessages.start("Everything", "x".repeat(10_000), null);
            assertEquals(List.of("x".repeat(10_000)), bodies(myMessages.thread(longest.threadId())));
            long before = lastAuditId();

            InvalidInputException start = assertThrows(InvalidInputException.class,
                    () -> myMessages.start("Everything", "x".repeat(10_001), null));
            InvalidInputException reply = assertThrows(InvalidInputException.class,
                    () -> myMessages.reply(longest.threadId(), "y".repeat(10_001), null));
            clinician("dr.one");
            InvalidInputException answer = assertThrows(InvalidInputException.class,
                    () -> teamMessages.reply(longest.threadId(), "z".repeat(10_001), null));
            InvalidInputException blank = assertThrows(InvalidInputException.class,
                    () -> teamMessages.start(Fixture.ANNA, "Subject", " \n ", null));
            InvalidInputException subject = assertThrows(InvalidInputException.class,
                    () -> teamMessages.start(Fixture.ANNA, "s".repeat(201), "Hello", null));

            for (InvalidInputException refused : List.of(start, reply, answer)) {
                assertEquals("body", refused.field());
                assertEquals("must be at most 10,000 characters (it has 10,001)", refused.getMessage());
            }
            assertEquals("body", blank.field());
            assertEquals("subject", subject.field());
            assertEquals(new AuditRow("sub-pat.one", "pat.one", "patient", "CREATE", "message_thread", null,
                    Fixture.ANNA, "FAILED"), auditRowsAfter(before).get(0));
            assertEquals(List.of("FAILED", "FAILED", "FAILED", "FAILED", "FAILED"),
                    auditRowsAfter(before).stream().map(AuditRow::outcome).toList());
            assertEquals(1, teamMessages.threads(FIRST_PAGE).total(), "no thread of the refused starts");
            assertEquals(List.of("x".repeat(10_000)), bodies(teamMessages.thread(longest.threadId())));
        });
    }

    @Test
    void noOneReachesAnotherPatientsOrAnotherTeamsMessagesAndEachAttemptIsAuditedAsDenied() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            officeHoursAroundNow(true);
            patient("pat.one");
            Sent anna = myMessages.start("Private", "Only for my care team.", null);
            clinician("dr.one");
            ChartTaskView annasTask = teamMessages.task(anna.messageId(), "Call Anna", today(Fixture.ANNA_ZONE), null);
            clinician("dr.three");
            Sent cora = teamMessages.start(Fixture.CORA, "Hello", "Welcome to Thaw, Cora.", null);
            ChartTaskView corasTask = teamMessages.task(cora.messageId(), "Check in", today(ZoneOffset.UTC), null);
            UUID unknown = UUID.randomUUID();
            LocalDate due = today(ZoneOffset.UTC);

            Map<String, Executable> attempts = new LinkedHashMap<>();
            attempts.put("pat.two opens Anna's thread", () -> asPatient("pat.two").thread(anna.threadId()));
            attempts.put("pat.two replies to Anna's thread", () -> asPatient("pat.two").reply(anna.threadId(), "hi", null));
            attempts.put("pat.three opens Anna's thread", () -> asPatient("pat.three").thread(anna.threadId()));
            attempts.put("pat.three replies to Anna's thread",
                    () -> asPatient("pat.three").reply(anna.threadId(), "hi", "k"));
            attempts.put("pat.one opens Cora's thread", () -> asPatient("pat.one").thread(cora.threadId()));
            attempts.put("pat.one replies to Cora's thread", () -> asPatient("pat.one").reply(cora.threadId(), "hi", null));
            attempts.put("pat.one opens an unknown thread", () -> asPatient("pat.one").thread(unknown));
            attempts.put("pat.one opens no thread", () -> asPatient("pat.one").thread(null));
            attempts.put("pat.one replies to no thread", () -> asPatient("pat.one").reply(null, "hi", null));
            attempts.put("pat.nobody has no threads", () -> asPatient("pat.nobody").threads(org.thaw.platform.PageRequest.of(0, 20)));
            attempts.put("pat.nobody starts no thread", () -> asPatient("pat.nobody").start("Hi", "hi", null));
            attempts.put("dr.three opens Anna's thread", () -> asClinician("dr.three").thread(anna.threadId()));
            attempts.put("dr.three replies to Anna's thread",
                    () -> asClinician("dr.three").reply(anna.threadId(), "hi", null));
            attempts.put("dr.three marks Anna's thread handled", () -> asClinician("dr.three").handled(anna.threadId()));
            attempts.put("dr.three hands Anna's thread to themself",
                    () -> asClinician("dr.three").handTo(anna.threadId(), "dr.three"));
            attempts.put("dr.three takes Anna's thread back", () -> asClinician("dr.three").handTo(anna.threadId(), null));
            attempts.put("dr.three hides Anna's message",
                    () -> asClinician("dr.three").hide(anna.messageId(), "not appropriate"));
            attempts.put("dr.three makes a task of Anna's message",
                    () -> asClinician("dr.three").task(anna.messageId(), "Follow up", due, null));
            attempts.put("dr.three lists Anna's tasks", () -> asClinician("dr.three").tasks(Fixture.ANNA));
            attempts.put("dr.three completes Anna's task", () -> asClinician("dr.three").completeTask(annasTask.id()));
            attempts.put("dr.three writes to Anna", () -> asClinician("dr.three").start(Fixture.ANNA, "Hi", "hi", null));
            attempts.put("dr.one opens Cora's thread", () -> asClinician("dr.one").thread(cora.threadId()));
            attempts.put("dr.one replies to Cora's thread", () -> asClinician("dr.one").reply(cora.threadId(), "hi", null));
            attempts.put("dr.two hides Cora's message", () -> asClinician("dr.two").hide(cora.messageId(), "reason"));
            attempts.put("dr.one lists Cora's tasks", () -> asClinician("dr.one").tasks(Fixture.CORA));
            attempts.put("dr.one completes Cora's task", () -> asClinician("dr.one").completeTask(corasTask.id()));
            attempts.put("dr.one writes to Cora", () -> asClinician("dr.one").start(Fixture.CORA, "Hi", "hi", null));
            attempts.put("dr.one opens an unknown thread", () -> asClinician("dr.one").thread(unknown));
            attempts.put("dr.one opens no thread", () -> asClinician("dr.one").thread(null));
            attempts.put("dr.one replies to no thread", () -> asClinician("dr.one").reply(null, "hi", null));
            attempts.put("dr.one marks no thread handled", () -> asClinician("dr.one").handled(null));
            attempts.put("dr.one hands an unknown thread", () -> asClinician("dr.one").handTo(unknown, "dr.two"));
            attempts.put("dr.one hides an unknown message", () -> asClinician("dr.one").hide(unknown, "reason"));
            attempts.put("dr.one hides no message", () -> asClinician("dr.one").hide(null, "reason"));
            attempts.put("dr.one makes a task of no message",
                    () -> asClinician("dr.one").task(null, "Follow up", due, null));
            attempts.put("dr.one lists an unknown patient's tasks", () -> asClinician("dr.one").tasks(unknown));
            attempts.put("dr.one lists no patient's tasks", () -> asClinician("dr.one").tasks(null));
            attempts.put("dr.one completes an unknown task", () -> asClinician("dr.one").completeTask(unknown));
            attempts.put("dr.one completes no task", () -> asClinician("dr.one").completeTask(null));
            attempts.put("dr.one writes to an unknown patient",
                    () -> asClinician("dr.one").start(unknown, "Hi", "hi", null));
            attempts.put("dr.one writes to no patient", () -> asClinician("dr.one").start(null, "Hi", "hi", null));
            long before = lastAuditId();

            for (Map.Entry<String, Executable> attempt : attempts.entrySet()) {
                assertThrows(RecordNotFoundException.class, attempt.getValue(), attempt.getKey());
            }

            List<AuditRow> audited = auditRowsAfter(before);
            assertEquals(attempts.size(), audited.size(), () -> "one audit row per attempt: " + audited);
            assertEquals(List.of("DENIED"), audited.stream().map(AuditRow::outcome).distinct().toList());
            assertEquals(new AuditRow("sub-pat.two", "pat.two", "patient", "READ", "message_thread", null,
                    Fixture.BERT, "DENIED"), audited.get(0), "the patient's own record, never the thread asked for");
            assertEquals(new AuditRow("sub-dr.three", "dr.three", "clinician", "CREATE", "message", null, null,
                    "DENIED"), audited.get(12));
            Set<String> asked = Set.of(anna.threadId().toString(), anna.messageId().toString(),
                    annasTask.id().toString(), cora.threadId().toString(), cora.messageId().toString(),
                    corasTask.id().toString(), unknown.toString());
            Map<String, UUID> ownRecord = Map.of("pat.one", Fixture.ANNA, "pat.two", Fixture.BERT, "pat.three",
                    Fixture.CORA);
            for (AuditRow row : audited) {
                assertTrue(row.recordId() == null || !asked.contains(row.recordId()),
                        () -> "a refusal names no record it refused: " + row);
                assertTrue(row.patientId() == null || row.patientId().equals(ownRecord.get(row.username())),
                        () -> "a refusal names no patient but the calling patient themself: " + row);
            }

            clinician("dr.one");
            ThreadView untouched = teamMessages.thread(anna.threadId());
            assertEquals(List.of("Only for my care team."), bodies(untouched));
            assertFalse(untouched.messages().get(0).hidden());
            assertEquals(ThreadStatus.OPEN, untouched.summary().status());
            assertNull(untouched.summary().handledBy());
            assertNull(untouched.summary().assignedTo());
            assertEquals(List.of(annasTask.id()), taskIds(teamMessages.tasks(Fixture.ANNA)));
            clinician("dr.three");
            assertEquals(List.of("Welcome to Thaw, Cora."), bodies(teamMessages.thread(cora.threadId())));
            assertEquals(List.of(corasTask.id()), taskIds(teamMessages.tasks(Fixture.CORA)));
            assertEquals(1, teamMessages.threads(FIRST_PAGE).total());

            clinician("dr.one");
            assertThrows(AccessDeniedException.class, () -> myMessages.unread(), "a clinician has no patient inbox");
            patient("pat.one");
            assertThrows(AccessDeniedException.class, () -> teamMessages.thread(anna.threadId()),
                    "a patient reaches no clinician action, not even on their own thread");
            assertThrows(AccessDeniedException.class, () -> teamMessages.unread());
        });
    }

    @Test
    void aHiddenMessageLeavesThePatientsViewAndStaysOnTheTeamsWithWhoHidItAndWhy() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            officeHoursAroundNow(true);
            patient("pat.one");
            Sent started = myMessages.start("Medication", "I stopped taking my tablets.", null);
            Sent second = myMessages.reply(started.threadId(), "My neighbour's number is 555 0101.", null);
            clinician("dr.one");
            Sent wrong = teamMessages.reply(started.threadId(), "Results for Bert are in.", null);
            patient("pat.one");
            assertEquals(1, myMessages.unread());

            clinician("dr.one");
            teamMessages.hide(wrong.messageId(), "  Meant for another patient ");
            clinician("dr.two");
            teamMessages.hide(second.messageId(), "A third party's details; noted in the chart");

            patient("pat.one");
            assertEquals(0, myMessages.unread(), "a hidden message is not unread either");
            ThreadView patientsView = myMessages.thread(started.threadId());
            assertEquals(List.of("I stopped taking my tablets."), bodies(patientsView));
            assertTrue(patientsView.messages().stream().noneMatch(MessageView::hidden));

            clinician("dr.one");
            ThreadView teamsView = teamMessages.thread(started.threadId());
            assertEquals(List.of("I stopped taking my tablets.", "My neighbour's number is 555 0101.",
                    "Results for Bert are in."), bodies(teamsView));
            MessageView hiddenByDrTwo = teamsView.messages().get(1);
            assertTrue(hiddenByDrTwo.hidden());
            assertEquals("dr.two", hiddenByDrTwo.hiddenBy());
            assertEquals("A third party's details; noted in the chart", hiddenByDrTwo.hiddenReason());
            MessageView hiddenByDrOne = teamsView.messages().get(2);
            assertEquals(List.of("dr.one", "Meant for another patient"),
                    List.of(hiddenByDrOne.hiddenBy(), hiddenByDrOne.hiddenReason()));
            assertFalse(teamsView.messages().get(0).hidden());
            assertNull(teamsView.messages().get(0).hiddenBy());

            teamMessages.hide(second.messageId(), "a second reason");
            assertEquals("A third party's details; noted in the chart",
                    teamMessages.thread(started.threadId()).messages().get(1).hiddenReason(),
                    "hiding again keeps the first who and why");

            for (String reason : new String[] {null, "", "   "}) {
                assertEquals("reason", assertThrows(InvalidInputException.class,
                        () -> teamMessages.hide(started.messageId(), reason)).field(), "'" + reason + "'");
            }
            assertEquals("reason", assertThrows(InvalidInputException.class,
                    () -> teamMessages.hide(started.messageId(), "r".repeat(501))).field());
            assertFalse(teamMessages.thread(started.threadId()).messages().get(0).hidden());
        });
    }

    @Test
    void outsideOfficeHoursThePatientGetsOneAutomaticReplyWithTheCrisisResourcesUntilAClinicianAnswers()
            throws Exception {
        inATransactionThatIsRolledBack(() -> {
            officeHoursAroundNow(false);
            patient("pat.one");

            Sent first = myMessages.start("Tonight", "Everything feels far away tonight.", null);

            assertTrue(first.created());
            assertTrue(first.autoReplied());
            assertEquals(1, myMessages.unread(), "the automatic reply is the patient's to read");
            ThreadView patientsView = myMessages.thread(first.threadId());
            assertEquals(2, patientsView.messages().size());
            MessageView automatic = patientsView.messages().get(1);
            assertEquals(List.of("thaw", "Thaw (automatic reply)", "SYSTEM"),
                    List.of(automatic.author(), automatic.authorName(), automatic.authorRole().name()));
            assertTrue(automatic.body().contains(crisisResources.text()), automatic.body());
            assertTrue(automatic.body().contains("outside our office hours (Monday to Sunday, 00:00–06:00)"),
                    automatic.body());
            assertTrue(automatic.body().contains("We usually reply within 2 working days."), automatic.body());
            assertTrue(automatic.sentAt().isAfter(patientsView.messages().get(0).sentAt()));

            Sent second = myMessages.reply(first.threadId(), "And I can't sleep.", null);

            assertFalse(second.autoReplied(), "told once already");
            assertEquals(List.of("PATIENT", "SYSTEM", "PATIENT"), roles(myMessages.thread(first.threadId())));
            clinician("dr.one");
            assertEquals(2, teamMessages.unread(), "the patient's two messages; Thaw's reply is not counted");
            assertEquals(2, summary(teamMessages.threads(FIRST_PAGE), first.threadId()).unreadCount());
            InvalidInputException hideAutomatic = assertThrows(InvalidInputException.class,
                    () -> teamMessages.hide(patientsView.messages().get(1).id(), "not needed"));
            assertEquals("messageId", hideAutomatic.field());

            clinician("dr.one");
            Sent answer = teamMessages.reply(first.threadId(), "We will call you in the morning.", null);
            Sent toBert = teamMessages.start(Fixture.BERT, "Tomorrow", "See you tomorrow.", null);
            assertFalse(answer.autoReplied(), "a clinician's message gets no automatic reply");
            assertFalse(toBert.autoReplied());

            patient("pat.one");
            Sent third = myMessages.reply(first.threadId(), "Thank you.", null);
            Sent fourth = myMessages.reply(first.threadId(), "Goodnight.", null);

            assertTrue(third.autoReplied(), "a clinician answered since the last automatic reply");
            assertFalse(fourth.autoReplied());
            assertEquals(List.of("PATIENT", "SYSTEM", "PATIENT", "CLINICIAN", "PATIENT", "SYSTEM", "PATIENT"),
                    roles(myMessages.thread(first.threadId())));
            clinician("dr.two");
            assertEquals(5, summary(teamMessages.threads(FIRST_PAGE), first.threadId()).unreadCount(),
                    "four from the patient, one from dr.one; none of Thaw's");
            assertEquals(6, teamMessages.unread(), "and dr.one's message to Bert");
        });
    }

    @Test
    void aDayListWithoutTodayIsOutsideOfficeHoursAllDay() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            ZoneId zone = ZoneId.of(zoneAtNoon());
            DayOfWeek today = LocalDate.now(clock.withZone(zone)).getDayOfWeek();
            String otherDays = Arrays.stream(DayOfWeek.values()).filter(d -> d != today)
                    .map(d -> d.name().substring(0, 3)).collect(Collectors.joining(","));
            practiceSettings(zone.getId(), otherDays + " 00:00-23:59");
            patient("pat.one");
            assertTrue(myMessages.start("Today", "Is anyone there today?", null).autoReplied());

            practiceSettings(zone.getId(), today.name().substring(0, 3) + " 00:00-23:59");
            patient("pat.one");
            assertFalse(myMessages.start("Today", "And now?", null).autoReplied());
        });
    }

    @Test
    void aHandledThreadOpensAgainWhenThePatientWritesAndIsHandedOnlyWithinTheTeam() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            officeHoursAroundNow(true);
            patient("pat.one");
            Sent started = myMessages.start("Dose", "Should I take the full dose?", null);
            clinician("dr.one");
            teamMessages.reply(started.threadId(), "Yes, as we discussed.", null);

            teamMessages.handled(started.threadId());

            clinician("dr.two");
            ThreadSummary handled = summary(teamMessages.threads(FIRST_PAGE), started.threadId());
            assertEquals(ThreadStatus.HANDLED, handled.status());
            assertEquals("dr.one", handled.handledBy());
            teamMessages.reply(started.threadId(), "And call us if it gets worse.", null);
            assertEquals(ThreadStatus.HANDLED, summary(teamMessages.threads(FIRST_PAGE), started.threadId()).status(),
                    "a clinician's message leaves it handled");

            patient("pat.one");
            myMessages.reply(started.threadId(), "It got worse.", null);

            clinician("dr.two");
            ThreadSummary reopened = summary(teamMessages.threads(FIRST_PAGE), started.threadId());
            assertEquals(ThreadStatus.OPEN, reopened.status());
            assertNull(reopened.handledBy());

            clinician("dr.one");
            teamMessages.handTo(started.threadId(), " dr.two ");
            assertEquals("dr.two", summary(teamMessages.threads(FIRST_PAGE), started.threadId()).assignedTo());
            teamMessages.handTo(started.threadId(), null);
            assertNull(summary(teamMessages.threads(FIRST_PAGE), started.threadId()).assignedTo());
            teamMessages.handTo(started.threadId(), "dr.two");
            for (String outsider : new String[] {"dr.three", "pat.one", "nobody"}) {
                InvalidInputException refused = assertThrows(InvalidInputException.class,
                        () -> teamMessages.handTo(started.threadId(), outsider), outsider);
                assertEquals("clinician", refused.field(), outsider);
            }
            assertEquals("dr.two", summary(teamMessages.threads(FIRST_PAGE), started.threadId()).assignedTo());
        });
    }

    @Test
    void aMessageBecomesATaskOnThePatientsChartThatAColleagueCanComplete() throws Exception {
        LocalDate today = today(Fixture.ANNA_ZONE);
        inATransactionThatIsRolledBack(() -> {
            officeHoursAroundNow(true);
            UUID annasFlag = direct.openFlag(Fixture.ANNA, FlagType.HOPELESSNESS, Severity.HIGH, clock.instant());
            UUID corasFlag = direct.openFlag(Fixture.CORA, FlagType.HOPELESSNESS, Severity.HIGH, clock.instant());
            patient("pat.one");
            Sent started = myMessages.start("Refill", "I need a refill.", null);
            clinician("dr.one");

            ChartTaskView later = teamMessages.task(started.messageId(), " Refill prescription ", today.plusDays(7), null);
            ChartTaskView sooner = teamMessages.task(started.messageId(), "Discuss hopelessness", today.plusDays(1),
                    annasFlag);

            assertEquals(List.of(Fixture.ANNA, "Refill prescription", today.plusDays(7), started.messageId(), "dr.one"),
                    List.of(later.patientId(), later.title(), later.dueOn(), later.messageId(), later.createdBy()));
            assertNull(later.flagId());
            assertEquals(annasFlag, sooner.flagId());
            assertFalse(later.done());
            clinician("dr.two");
            assertEquals(List.of(sooner.id(), later.id()), taskIds(teamMessages.tasks(Fixture.ANNA)));

            teamMessages.completeTask(sooner.id());

            List<ChartTaskView> tasks = teamMessages.tasks(Fixture.ANNA);
            assertEquals(List.of(later.id(), sooner.id()), taskIds(tasks), "open ones first");
            assertTrue(tasks.get(1).done());
            assertEquals("dr.two", tasks.get(1).doneBy());

            clinician("dr.one");
            assertEquals("flagId", assertThrows(InvalidInputException.class, () -> teamMessages.task(
                    started.messageId(), "Another's flag", today, corasFlag)).field());
            assertEquals("dueOn", assertThrows(InvalidInputException.class, () -> teamMessages.task(
                    started.messageId(), "No date", null, null)).field());
            assertEquals("title", assertThrows(InvalidInputException.class, () -> teamMessages.task(
                    started.messageId(), "  ", today, null)).field());
            assertEquals(2, teamMessages.tasks(Fixture.ANNA).size());
        });
    }

    // --- helpers ---

    /** The caller becomes this patient; returns the patient's messages, for a one-line attempt. */
    private MyMessages asPatient(String username) {
        patient(username);
        return myMessages;
    }

    /** The caller becomes this clinician; returns the team's messages, for a one-line attempt. */
    private TeamMessages asClinician(String username) {
        clinician(username);
        return teamMessages;
    }

    /**
     * Practice settings for a messaging test, inside its rolled-back transaction: a practice zone
     * where it is now between 12:00 and 13:00, and office hours that are open then (09:00-17:00
     * every day) or closed (00:00-06:00 every day), so the result does not depend on when it runs.
     */
    private void officeHoursAroundNow(boolean open) {
        practiceSettings(zoneAtNoon(), open ? "MON-SUN 09:00-17:00" : "MON-SUN 00:00-06:00");
    }

    private void practiceSettings(String zone, String officeHours) {
        admin("admin.one");
        practiceAdmin.change(Map.of("practice.time_zone", zone, "messaging.office_hours", officeHours));
    }

    /** A region where it is now between 12:00 and 13:00 ("Etc/GMT-N" is N hours ahead of UTC). */
    private String zoneAtNoon() {
        int ahead = 12 - LocalTime.now(clock.withZone(ZoneOffset.UTC)).getHour();
        return ahead == 0 ? "Etc/GMT" : ahead > 0 ? "Etc/GMT-" + ahead : "Etc/GMT+" + -ahead;
    }

    private static ThreadSummary summary(Page<ThreadSummary> page, UUID threadId) {
        return page.items().stream().filter(t -> t.id().equals(threadId)).findFirst()
                .orElseThrow(() -> new AssertionError(threadId + " is not on the page " + page));
    }

    private static List<String> bodies(ThreadView thread) {
        return thread.messages().stream().map(MessageView::body).toList();
    }

    private static List<String> roles(ThreadView thread) {
        return thread.messages().stream().map(m -> m.authorRole().name()).toList();
    }

    private static List<UUID> taskIds(List<ChartTaskView> tasks) {
        return tasks.stream().map(ChartTaskView::id).toList();
    }

    /** Every PCL-5 question answered the same. */
    private static Map<String, Object> pcl5(int each) {
        Map<String, Object> pcl5 = new LinkedHashMap<>();
        for (int i = 1; i <= 20; i++) {
            pcl5.put("pcl5-" + i, each);
        }
        return pcl5;
    }

    /** A complete numbness check, as the portal's form sends it (JSON numbers, codes, a list of codes). */
    private static Map<String, Object> numbnessCheck() {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 10; i++) {
            answers.put("numb-" + i, 1L);
        }
        answers.put("numb-duration", "over_two_weeks");
        answers.put("numb-triggers", List.of("grief", "medication"));
        answers.put("numb-medication", "yes");
        answers.put("numb-medication-name", "sertraline");
        answers.put("numb-medication-since", "2024-11-04");
        return answers;
    }

    /** Entries 7, 8 and 12 days back, as in the daily check's own test: a silent week after regular ones. */
    private void silentWeekAfterRegularEntries(UUID patientId, LocalDate today) {
        for (int back : new int[] {7, 8, 12}) {
            direct.journalEntry(patientId, today.minusDays(back), 4);
        }
    }

    /** All the patient's flags, newest first, as dr.one reads them from the database. */
    private List<FlagView> allFlagsOf(UUID patientId) {
        direct.flushAndClear();
        clinician("dr.one");
        return flags.ofPatient(patientId);
    }

    private static List<String> instruments(List<DueScreener> due) {
        return due.stream().map(DueScreener::instrument).toList();
    }

    /**
     * Anna's PERSISTENT_NUMBNESS flag, resolved at noon {@code resolvedDaysAgo} days ago; then a
     * numb check-in on each of the 9 evenings before today, and today's saved now. Returns the
     * resolved flag's id.
     */
    private UUID tenNumbEveningsAfterAResolution(int resolvedDaysAgo) {
        ZoneId oslo = ZoneId.of(Fixture.ANNA_ZONE);
        LocalDate today = today(oslo);
        UUID resolved = direct.resolvedFlag(Fixture.ANNA, FlagType.PERSISTENT_NUMBNESS, Severity.HIGH,
                today.minusDays(resolvedDaysAgo).atTime(LocalTime.NOON).atZone(oslo).toInstant());
        for (int back = 1; back <= 9; back++) {
            LocalDate day = today.minusDays(back);
            direct.checkIn(Fixture.ANNA, day, 8, null, day.atTime(20, 0).atZone(oslo).toInstant());
        }
        patient("pat.one");
        myJournal.save(today, checkIn(8, null));
        return resolved;
    }

    private static List<UUID> ids(List<FlagView> flags) {
        return flags.stream().map(FlagView::id).toList();
    }

    private static List<CaseloadRow.FlagBadge> withoutIds(List<CaseloadRow.FlagBadge> badges) {
        return badges.stream().map(b -> new CaseloadRow.FlagBadge(null, b.type(), b.severity(), b.status(), b.label(), b.reopenedAt())).toList();
    }

    /** The ids of a fixture-team patient's entries from {@code from} to {@code to}, as dr.one reads them. */
    private List<UUID> entryIds(UUID patientId, LocalDate from, LocalDate to) {
        clinician("dr.one");
        return patientJournal.between(patientId, from, to).stream().map(JournalDay::id).toList();
    }

    /** The values the admin's settings page shows for these keys (the caller must be an admin). */
    private Map<String, String> settingValues(String... keys) {
        Set<String> wanted = Set.of(keys);
        return practiceAdmin.settings().stream()
                .filter(s -> wanted.contains(s.key()))
                .collect(Collectors.toMap(PracticeAdmin.Setting::key, PracticeAdmin.Setting::value));
    }

    private static List<CareTeamRole> roles(Page<CaseloadRow> page) {
        return page.items().stream().map(CaseloadRow::careTeamRole).toList();
    }

    private static List<LocalDate> dates(List<JournalDay> days) {
        return days.stream().map(JournalDay::date).toList();
    }

    /** The audit row of one of Cora's saves. */
    private static AuditRow saveAudit(String action, UUID entryId) {
        return new AuditRow("sub-pat.three", "pat.three", "patient", action, "journal_entry", entryId.toString(),
                Fixture.CORA, "ALLOWED");
    }

    private static void advisoryLock(Connection c, String function, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + function + "(?)")) {
            ps.setLong(1, key);
            ps.executeQuery().close();
        }
    }

    /** Marks a committed flag acknowledged, as a clinician of the patient's team would (these patients have none). */
    private void acknowledgeDirectly(UUID flagId) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("update thaw.flag set status = 'ACKNOWLEDGED',"
                        + " acknowledged_at = now(), acknowledged_by = 'dr.one' where id = ? and status = 'OPEN'")) {
            ps.setObject(1, flagId);
            assertEquals(1, ps.executeUpdate());
        }
    }
}
