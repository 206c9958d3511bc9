package org.thaw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.thaw.flag.boundary.DailyChecks;
import org.thaw.flag.boundary.FlagView;
import org.thaw.flag.boundary.FlagView.EvidenceView;
import org.thaw.flag.boundary.Flags;
import org.thaw.flag.control.FlagSettings;
import org.thaw.flag.control.FlagThresholds;
import org.thaw.flag.entity.FlagStatus;
import org.thaw.flag.entity.FlagType;
import org.thaw.flag.entity.Severity;
import org.thaw.journal.boundary.JournalDay;
import org.thaw.journal.boundary.JournalInput;
import org.thaw.journal.boundary.JournalOverview;
import org.thaw.journal.boundary.MyJournal;
import org.thaw.journal.boundary.PatientJournal;
import org.thaw.journal.boundary.SavedDay;
import org.thaw.journal.entity.FunctioningImpact;
import org.thaw.patient.boundary.Caseload;
import org.thaw.patient.boundary.CaseloadFilter;
import org.thaw.patient.boundary.CaseloadRow;
import org.thaw.patient.boundary.CaseloadSort;
import org.thaw.patient.boundary.MyRecord;
import org.thaw.patient.boundary.PatientProfile;
import org.thaw.patient.entity.CareTeamRole;
import org.thaw.platform.Page;
import org.thaw.platform.PageRequest;
import org.thaw.practice.boundary.PracticeAdmin;
import org.thaw.security.boundary.AccessDeniedException;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.InvalidInputException;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.testing.Deployments;
import org.thaw.testing.DirectRows;
import org.thaw.testing.EnclosingTransaction;
import org.thaw.testing.Fixture;
import org.thaw.testing.IntegrationDatabase;

/**
 * The boundaries as the wars call them once the caller is identified, inside Payara Micro with
 * Hibernate, Bean Validation, the real migrations and {@link Fixture}: care-team access, the
 * caseload, the journal, the flags the journal raises, the practice settings, and the audit trail
 * each call leaves. One class on purpose: Payara Micro restarts for each Arquillian test class.
 *
 * <p>The tests share one database and run in no promised order, so each one either writes days
 * no other test writes (Cora's journal belongs to {@link #aSecondSaveOfTheSameDayUpdatesTheDaysOneEntry}),
 * or only checks what it wrote (Anna's today), or stages its picture in a transaction it rolls
 * back ({@link DirectRows}). Every flag test works in such a transaction: flags are never
 * committed, so no test meets another's. The one committed change, a practice setting, is put
 * back before its test ends.
 *
 * <p>A refused call inside a rolled-back transaction marks it rollback-only; the test may still
 * read on, and what it reads is what a later transaction would see only because a refused call
 * here changes nothing before it is refused (validation and access checks come first). Where the
 * guarantee is the rollback itself (a setting change refused halfway), the test does not enclose
 * the call.
 */
@ExtendWith(ArquillianExtension.class)
class BoundariesIT {

    /** A patient who exists only inside the rolled-back transactions of the caseload tests. */
    private static final UUID DORA = UUID.fromString("00000000-0000-4000-8000-0000000000a4");
    private static final String DORA_ZONE = "Pacific/Auckland";

    /** Other patients who exist only inside rolled-back transactions. */
    private static final UUID ELI = UUID.fromString("00000000-0000-4000-8000-0000000000a5");
    private static final UUID FAY = UUID.fromString("00000000-0000-4000-8000-0000000000a6");

    private static final PageRequest FIRST_PAGE = PageRequest.of(null, null);

    @Inject
    Caller caller;

    @Inject
    Caseload caseload;

    @Inject
    MyRecord myRecord;

    @Inject
    MyJournal myJournal;

    @Inject
    PatientJournal patientJournal;

    @Inject
    Flags flags;

    @Inject
    DailyChecks dailyChecks;

    @Inject
    PracticeAdmin practiceAdmin;

    @Inject
    FlagSettings flagSettings;

    @Inject
    EnclosingTransaction enclosing;

    @Inject
    DirectRows direct;

    /** The application's own clock (system UTC), so "today" here is today there. */
    @Inject
    Clock clock;

    @Resource(lookup = "java:app/jdbc/thaw")
    DataSource db;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction tx;

    @Deployment
    static WebArchive deployment() {
        return Deployments.domainWar("boundaries-it.war");
    }

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

            ConstraintViolationException refused = assertThrows(ConstraintViolationException.class,
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

        ConstraintViolationException refused = assertThrows(ConstraintViolationException.class,
                () -> myJournal.save(today, JournalInput.of(5, "x".repeat(2001))));
        assertEquals(Set.of("note"), fields(refused));
        assertEquals(List.of(new Stored(10, "x".repeat(2000))), stored(Fixture.ANNA, today));

        assertEquals(Set.of("input"), fields(assertThrows(ConstraintViolationException.class,
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

        ConstraintViolationException tooMuchSleep = assertThrows(ConstraintViolationException.class,
                () -> myJournal.save(today, new JournalInput(5, null, null, null, new BigDecimal("25"), null, null,
                        null, null, null, null)));
        ConstraintViolationException allWrong = assertThrows(ConstraintViolationException.class,
                () -> myJournal.save(today, new JournalInput(5, 11, -1, null, new BigDecimal("-0.5"), 1441, null,
                        null, null, null, null)));

        assertEquals(Set.of("sleepHours"), fields(tooMuchSleep));
        assertTrue(tooMuchSleep.getConstraintViolations().iterator().next().getMessage().contains("0 and 24"));
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

                ConstraintViolationException refused = assertThrows(ConstraintViolationException.class,
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
            assertEquals(List.of(new CaseloadRow.FlagBadge(null, "PERSISTENT_NUMBNESS", "HIGH", "OPEN")),
                    withoutIds(row(filtered, Fixture.ANNA).flags()));
            assertEquals(List.of("Bert Berg"), names(caseload.page(FIRST_PAGE,
                    new CaseloadFilter(FlagType.PERSISTENT_NUMBNESS, FlagStatus.RESOLVED), CaseloadSort.FLAGS, false)));

            Page<CaseloadRow> triage = caseload.page(FIRST_PAGE, CaseloadFilter.NONE, CaseloadSort.FLAGS, false);
            assertEquals(List.of("Bert Berg", "Anna Ahlberg", "Dora Dahl", "Eli Eng"), names(triage),
                    "most severe first, the older of two equals first, patients without flags last");
            assertEquals(List.of(new CaseloadRow.FlagBadge(null, "HOPELESSNESS", "HIGH", "OPEN")),
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

            assertEquals(1, dailyChecks.run(), "Bert only: the fixture's other patients wrote lately or never");

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

    // --- helpers ---

    private void clinician(String username) {
        caller.identify("sub-" + username, username, null, List.of("clinician", "offline_access"));
    }

    private void patient(String username) {
        caller.identify("sub-" + username, username, null, List.of("patient"));
    }

    private void admin(String username) {
        caller.identify("sub-" + username, username, null, List.of("admin"));
    }

    private LocalDate today(String zone) {
        return today(ZoneId.of(zone));
    }

    private LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    /** Runs boundaries against rows staged by {@link DirectRows}, then throws all of it away. */
    private void inATransactionThatIsRolledBack(Executable work) throws Exception {
        tx.begin();
        try {
            work.execute();
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        } finally {
            tx.rollback();
        }
    }

    /** A check-in of numbness and hopelessness only, as the portal's form sends it. */
    private static JournalInput checkIn(int numbness, Boolean hopeless) {
        return new JournalInput(numbness, null, null, null, null, null, null, null, hopeless, null, null);
    }

    /**
     * Check-ins on the {@code count} days before {@code day}, written now, each with this
     * numbness; hopeless on the first {@code hopelessDays} of them counting back, not answered on
     * the rest.
     */
    private void earlierCheckIns(UUID patientId, LocalDate day, int count, int numbness, int hopelessDays) {
        Instant now = clock.instant();
        for (int back = 1; back <= count; back++) {
            direct.checkIn(patientId, day.minusDays(back), numbness, back <= hopelessDays ? Boolean.TRUE : null, now);
        }
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

    /**
     * The patient's flags of one type, newest first, as dr.one (who becomes the caller) reads
     * them from the database.
     */
    private List<FlagView> flagsOf(UUID patientId, FlagType type) {
        direct.flushAndClear();
        clinician("dr.one");
        return flags.ofPatient(patientId).stream().filter(f -> f.type() == type).toList();
    }

    /** The patient's one flag of this type (as {@link #flagsOf}), failing if there are none or several. */
    private FlagView onlyFlag(UUID patientId, FlagType type) {
        List<FlagView> found = flagsOf(patientId, type);
        assertEquals(1, found.size(), () -> "one " + type + " flag expected, got " + found);
        return found.get(0);
    }

    private static List<String> summaries(FlagView flag) {
        return flag.evidence().stream().map(EvidenceView::summary).toList();
    }

    private static List<UUID> ids(List<FlagView> flags) {
        return flags.stream().map(FlagView::id).toList();
    }

    private static List<CaseloadRow.FlagBadge> withoutIds(List<CaseloadRow.FlagBadge> badges) {
        return badges.stream().map(b -> new CaseloadRow.FlagBadge(null, b.type(), b.severity(), b.status())).toList();
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

    private static List<String> names(Page<CaseloadRow> page) {
        return page.items().stream().map(CaseloadRow::displayName).toList();
    }

    private static List<CareTeamRole> roles(Page<CaseloadRow> page) {
        return page.items().stream().map(CaseloadRow::careTeamRole).toList();
    }

    private static CaseloadRow row(Page<CaseloadRow> page, UUID patientId) {
        return page.items().stream().filter(r -> r.patientId().equals(patientId)).findFirst()
                .orElseThrow(() -> new AssertionError(patientId + " is not on the page " + page));
    }

    private static List<LocalDate> dates(List<JournalDay> days) {
        return days.stream().map(JournalDay::date).toList();
    }

    /** The last node of each violation's path: the field (or parameter) it names. */
    private static Set<String> fields(ConstraintViolationException refused) {
        return refused.getConstraintViolations().stream()
                .map(ConstraintViolation::getPropertyPath)
                .map(path -> {
                    String leaf = null;
                    for (Path.Node node : path) {
                        leaf = node.getName();
                    }
                    return leaf;
                })
                .collect(Collectors.toSet());
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

    /** What thaw.journal_entry holds for one patient and day. */
    record Stored(int numbness, String note) {}

    private List<Stored> stored(UUID patientId, LocalDate date) throws SQLException {
        List<Stored> rows = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select numbness, note from thaw.journal_entry where patient_id = ? and entry_date = ?")) {
            ps.setObject(1, patientId);
            ps.setObject(2, date);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Stored(rs.getInt(1), rs.getString(2)));
                }
            }
        }
        return rows;
    }

    /** The check-in columns of thaw.journal_entry for one patient and day, arrays and numbers as PostgreSQL writes them. */
    record StoredDetails(int numbness, Integer positiveIntensity, Integer negativeIntensity, String emotions,
            String sleepHours, Integer activityMinutes, Boolean meaningfulContact, String copingTried, Boolean hopeless,
            String functioningImpact) {}

    private List<StoredDetails> storedDetails(UUID patientId, LocalDate date) throws SQLException {
        List<StoredDetails> rows = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("select numbness, positive_intensity, negative_intensity,"
                        + " emotions::text, sleep_hours::text, activity_minutes, meaningful_contact, coping_tried::text,"
                        + " hopeless, functioning_impact from thaw.journal_entry where patient_id = ? and entry_date = ?")) {
            ps.setObject(1, patientId);
            ps.setObject(2, date);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new StoredDetails(rs.getInt(1), rs.getObject(2, Integer.class), rs.getObject(3, Integer.class),
                            rs.getString(4), rs.getString(5), rs.getObject(6, Integer.class),
                            rs.getObject(7, Boolean.class), rs.getString(8), rs.getObject(9, Boolean.class),
                            rs.getString(10)));
                }
            }
        }
        return rows;
    }

    /** One row of thaw.audit_event, without its id and time. */
    record AuditRow(String subject, String username, String role, String action, String recordType,
            String recordId, UUID patientId, String outcome) {}

    private long lastAuditId() throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from thaw.audit_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The audit rows written since {@code lastId}, oldest first. */
    private List<AuditRow> auditRowsAfter(long lastId) throws SQLException {
        List<AuditRow> rows = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select actor_subject, actor_username, actor_role, action, record_type, record_id,"
                                + " patient_id, outcome from thaw.audit_event where id > ? order by id")) {
            ps.setLong(1, lastId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new AuditRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getObject(7, UUID.class), rs.getString(8)));
                }
            }
        }
        return rows;
    }

    /** The one audit row written since {@code lastId}: exactly one is expected per boundary call. */
    private AuditRow onlyAuditRowAfter(long lastId) throws SQLException {
        List<AuditRow> rows = auditRowsAfter(lastId);
        assertEquals(1, rows.size(), () -> "one audit row per call, got " + rows);
        return rows.get(0);
    }
}
