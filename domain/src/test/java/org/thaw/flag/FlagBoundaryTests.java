package org.thaw.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.thaw.flag.boundary.DailyChecks;
import org.thaw.flag.boundary.EvidenceMessage;
import org.thaw.flag.boundary.FlagStatus;
import org.thaw.flag.boundary.FlagType;
import org.thaw.flag.boundary.FlagView;
import org.thaw.flag.boundary.FlagView.EvidenceView;
import org.thaw.flag.boundary.Severity;
import org.thaw.journal.JournalBoundaryTests;
import org.thaw.patient.boundary.CaseloadFilter;
import org.thaw.patient.boundary.CaseloadRow;
import org.thaw.patient.boundary.CaseloadSort;
import org.thaw.platform.InvalidInputException;
import org.thaw.platform.Page;
import org.thaw.security.boundary.AccessDeniedException;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.testing.Fixture;
import org.thaw.testing.IntegrationDatabase;

/**
 * Flags: the ones the journal raises (persistent numbness, hopelessness), how the care team
 * acknowledges and resolves them and who may, the caseload filtered and sorted by them, and the
 * daily check that flags a patient who fell silent (a screener the patient answered counts as
 * checking in). Every test that writes works in a transaction it rolls back, so no test meets
 * another's flags, but one: the hourly run across instances must commit (one instance waits for
 * the other's commit), for {@link #IDA}, a patient of {@code dr.hour} alone whose open DISENGAGED
 * flag keeps every later check from meeting her again. How the boundary tests share one database: {@link AbstractBoundaryIT}.
 */
public abstract class FlagBoundaryTests extends JournalBoundaryTests {

    /** Patients who exist only inside rolled-back transactions, beside {@link #DORA}. */
    private static final UUID ELI = UUID.fromString("00000000-0000-4000-8000-0000000000a5");

    private static final UUID FAY = UUID.fromString("00000000-0000-4000-8000-0000000000a6");
    private static final UUID GIL = UUID.fromString("00000000-0000-4000-8000-0000000000a9");
    private static final UUID HAL = UUID.fromString("00000000-0000-4000-8000-0000000000aa");

    /** The hourly-run test's own patient and clinician (committed; see the class comment). */
    private static final UUID IDA = UUID.fromString("00000000-0000-4000-8000-0000000000b7");

    private static final UUID DR_HOUR = UUID.fromString("00000000-0000-4000-8000-0000000000c7");

    @Inject
    DailyChecks dailyChecks;

    @Inject
    RequestContextController hourlyRequestContext;

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
            assertEquals(
                    EvidenceMessage.of(
                            "evidence.persistent",
                            new EvidenceMessage.Count(6),
                            new EvidenceMessage.Count(10),
                            new EvidenceMessage.Count(10),
                            new EvidenceMessage.Day(today.minusDays(13)),
                            new EvidenceMessage.Day(today)),
                    evidence.message(),
                    "the sentence's key and arguments are stored with it, for each reader's language");
            assertEquals(
                    Set.copyOf(entryIds(Fixture.ANNA, today.minusDays(13), today)),
                    Set.copyOf(evidence.refs()),
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
            assertTrue(
                    summaries(hopeless).get(0).startsWith("felt hopeless on 3 days, "),
                    summaries(hopeless).get(0));
            assertEquals(
                    Severity.URGENT,
                    onlyFlag(Fixture.ANNA, FlagType.PERSISTENT_NUMBNESS).severity());

            clinician("dr.two");
            FlagView seen = flags.acknowledge(hopeless.id());
            assertEquals(FlagStatus.ACKNOWLEDGED, seen.status());
            assertEquals("dr.two", seen.acknowledgedBy());
            assertEquals(
                    Severity.URGENT,
                    onlyFlag(Fixture.ANNA, FlagType.PERSISTENT_NUMBNESS).severity(),
                    "an acknowledged flag is still active");

            clinician("dr.one");
            assertEquals(
                    FlagStatus.RESOLVED,
                    flags.resolve(hopeless.id(), "Safety plan reviewed together; feeling less hopeless.")
                            .status());
            assertEquals(
                    Severity.HIGH,
                    onlyFlag(Fixture.ANNA, FlagType.PERSISTENT_NUMBNESS).severity());

            patient("pat.one");
            myJournal.save(today, checkIn(8, true));

            assertEquals(
                    FlagStatus.RESOLVED,
                    onlyFlag(Fixture.ANNA, FlagType.HOPELESSNESS).status(),
                    "the same hopeless days do not open it again");
            assertEquals(
                    Severity.HIGH,
                    onlyFlag(Fixture.ANNA, FlagType.PERSISTENT_NUMBNESS).severity());
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

                InvalidInputException refused = assertThrows(
                        InvalidInputException.class, () -> flags.resolve(flagId, note), "note '" + note + "'");

                assertEquals(Set.of("note"), fields(refused), "note '" + note + "'");
                assertEquals("FAILED", onlyAuditRowAfter(before).outcome());
            }
            assertEquals(
                    FlagStatus.OPEN,
                    onlyFlag(Fixture.ANNA, FlagType.PERSISTENT_NUMBNESS).status());

            clinician("dr.one");
            long before = lastAuditId();
            FlagView resolved = flags.resolve(flagId, "  Talked it through; numbness easing with the new routine.\n");

            assertEquals(FlagStatus.RESOLVED, resolved.status());
            assertEquals("dr.one", resolved.resolvedBy());
            assertEquals("Talked it through; numbness easing with the new routine.", resolved.resolutionNote());
            assertEquals(
                    new AuditRow(
                            "sub-dr.one",
                            "dr.one",
                            "clinician",
                            "UPDATE",
                            "flag",
                            flagId.toString(),
                            Fixture.ANNA,
                            "ALLOWED"),
                    onlyAuditRowAfter(before));
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

            assertEquals(
                    List.of(resolved),
                    ids(flagsOf(Fixture.ANNA, FlagType.PERSISTENT_NUMBNESS)),
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
            UUID annasFlag =
                    direct.openFlag(Fixture.ANNA, FlagType.PERSISTENT_NUMBNESS, Severity.HIGH, clock.instant());
            clinician("dr.three"); // Anna's primary once: an ended assignment gives no access
            long before = lastAuditId();

            assertThrows(RecordNotFoundException.class, () -> flags.ofPatient(Fixture.ANNA));
            assertThrows(RecordNotFoundException.class, () -> flags.acknowledge(annasFlag));
            assertThrows(RecordNotFoundException.class, () -> flags.resolve(annasFlag, "not mine to resolve"));
            assertThrows(
                    RecordNotFoundException.class,
                    () -> flags.acknowledge(UUID.randomUUID()),
                    "a flag that does not exist looks the same");

            String id = annasFlag.toString();
            assertEquals(
                    List.of(
                            new AuditRow("sub-dr.three", "dr.three", "clinician", "LIST", "flag", null, null, "DENIED"),
                            new AuditRow(
                                    "sub-dr.three",
                                    "dr.three",
                                    "clinician",
                                    "UPDATE",
                                    "flag",
                                    id,
                                    Fixture.ANNA,
                                    "DENIED"),
                            new AuditRow(
                                    "sub-dr.three",
                                    "dr.three",
                                    "clinician",
                                    "UPDATE",
                                    "flag",
                                    id,
                                    Fixture.ANNA,
                                    "DENIED"),
                            new AuditRow(
                                    "sub-dr.three", "dr.three", "clinician", "UPDATE", "flag", null, null, "DENIED")),
                    auditRowsAfter(before));
            FlagView untouched = onlyFlag(Fixture.ANNA, FlagType.PERSISTENT_NUMBNESS);
            assertEquals(FlagStatus.OPEN, untouched.status());
            assertEquals(null, untouched.acknowledgedBy());

            patient("pat.one");
            assertThrows(
                    AccessDeniedException.class,
                    () -> flags.ofPatient(Fixture.ANNA),
                    "a patient reaches no clinician action, not even on their own record");
        });
    }

    @Test
    void theCaseloadFilteredByAFlagTypeListsOnlyTheCallersPatientsWithThatFlagActive() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            Instant now = clock.instant();
            direct.openFlag(Fixture.ANNA, FlagType.PERSISTENT_NUMBNESS, Severity.HIGH, now.minus(Duration.ofDays(1)));
            direct.openFlag(Fixture.BERT, FlagType.HOPELESSNESS, Severity.HIGH, now.minus(Duration.ofDays(3)));
            direct.resolvedFlag(
                    Fixture.BERT, FlagType.PERSISTENT_NUMBNESS, Severity.HIGH, now.minus(Duration.ofDays(2)));
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
            assertEquals(
                    List.of(new CaseloadRow.FlagBadge(
                            null, "PERSISTENT_NUMBNESS", "HIGH", "OPEN", "Persistent numbness", null)),
                    withoutIds(row(filtered, Fixture.ANNA).flags()));
            assertEquals(
                    List.of("Bert Berg"),
                    names(caseload.page(
                            FIRST_PAGE,
                            new CaseloadFilter(FlagType.PERSISTENT_NUMBNESS, FlagStatus.RESOLVED),
                            CaseloadSort.FLAGS,
                            false)));

            Page<CaseloadRow> triage = caseload.page(FIRST_PAGE, CaseloadFilter.NONE, CaseloadSort.FLAGS, false);
            assertEquals(
                    List.of("Bert Berg", "Anna Ahlberg", "Dora Dahl", "Eli Eng"),
                    names(triage),
                    "most severe first, the older of two equals first, patients without flags last");
            assertEquals(
                    List.of(new CaseloadRow.FlagBadge(null, "HOPELESSNESS", "HIGH", "OPEN", "Hopelessness", null)),
                    withoutIds(row(triage, Fixture.BERT).flags()),
                    "badges are the active flags");

            clinician("dr.three");
            assertEquals(
                    List.of("Cora Carlsen"), names(caseload.page(FIRST_PAGE, numbness, CaseloadSort.FLAGS, false)));
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

            assertEquals(
                    1,
                    dailyChecks.run(),
                    "Bert only: the fixture's other patients wrote lately or never,"
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
            assertEquals(
                    silent.id(), onlyFlag(Fixture.BERT, FlagType.DISENGAGED).id());
        });
    }

    @Test
    void whileAnotherInstanceRunsTheDailyCheckThisOneSkipsIt() throws SQLException {
        long lockKey = 0x7468_6177_0001L; // the advisory lock DisengagementCheck takes
        // a session of its own, as another instance's would be: a connection from this server's pool,
        // taken here, would become the check's own and hold the lock for it
        try (Connection otherInstance = DriverManager.getConnection(
                System.getProperty(IntegrationDatabase.URL),
                System.getProperty(IntegrationDatabase.USER),
                System.getProperty(IntegrationDatabase.PASSWORD))) {
            advisoryLock(otherInstance, "pg_advisory_lock", lockKey);
            try {
                assertEquals(-1, dailyChecks.run());
            } finally {
                advisoryLock(otherInstance, "pg_advisory_unlock", lockKey);
            }
        }
    }

    /**
     * Two instances' timers fire for the same hour at once: the first records the hour's run and
     * does the checks; the second waits for the first's commit, finds the hour's row and does
     * nothing; a third a moment later does nothing either. One row, one flag.
     */
    @Test
    void twoInstancesRunningTheHourlyChecksAtOnceDoThemOnce() throws Exception {
        LocalDate today = today(ZoneOffset.UTC);
        committed(() -> {
            direct.patient(IDA, "pat.ida.hour", "Ida", "Hune", "UTC");
            direct.clinician(DR_HOUR, "dr.hour", "Hana", "Hour");
            direct.covering(IDA, DR_HOUR);
            for (int back : new int[] {7, 8, 12}) {
                direct.journalEntry(IDA, today.minusDays(back), 4);
            }
        });
        Instant hour = Instant.parse("2001-02-03T04:00:00Z"); // this test's own hour: no other run has it
        ExecutorService otherInstance = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> second;
            int first;
            tx.begin();
            try {
                first = dailyChecks.runOncePerHour(hour.plusSeconds(7 * 60));
                second = otherInstance.submit(() -> {
                    hourlyRequestContext.activate();
                    try {
                        return dailyChecks.runOncePerHour(hour.plusSeconds(7 * 60 + 2));
                    } finally {
                        hourlyRequestContext.deactivate();
                    }
                });
                awaitWaitingForALock(second);
            } catch (Exception | Error e) {
                tx.rollback();
                throw e;
            }
            tx.commit();

            assertEquals(1, first, "the first instance opens Ida's DISENGAGED flag");
            assertEquals(-1, second.get(30, TimeUnit.SECONDS), "the second finds the hour done");
            assertEquals(-1, dailyChecks.runOncePerHour(hour.plusSeconds(59 * 60)), "and so does a later one");
        } finally {
            otherInstance.shutdownNow();
        }
        try (Connection c = db.getConnection();
                PreparedStatement rows = c.prepareStatement(
                        "select count(*), max(opened) from check_run where job = ? and run_hour = ?")) {
            rows.setString(1, DailyChecks.JOB);
            rows.setObject(2, OffsetDateTime.ofInstant(hour, ZoneOffset.UTC));
            try (ResultSet r = rows.executeQuery()) {
                r.next();
                assertEquals(1, r.getLong(1), "one row for the hour");
                assertEquals(1, r.getInt(2), "recording the one flag opened");
            }
        }
        committed(() -> assertEquals(1, direct.flagCount(IDA), "no duplicate flag"));
    }

    /** Waits until the other instance's run waits for a lock (pg_locks), or fails if it ends or 20 s pass. */
    private void awaitWaitingForALock(Future<?> run) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < until) {
            if (run.isDone()) {
                throw new AssertionError("the second run did not wait for the first's transaction");
            }
            try (Connection c = db.getConnection();
                    Statement s = c.createStatement();
                    ResultSet waiting = s.executeQuery("select count(*) from pg_locks where not granted")) {
                waiting.next();
                if (waiting.getLong(1) > 0) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the second run never waited for the first");
    }

    @Test
    void aNewSilenceAfterAResolvedOneIsFlaggedAgain() throws Exception {
        LocalDate today = today(ZoneOffset.UTC);
        inATransactionThatIsRolledBack(() -> {
            UUID old = direct.resolvedFlag(
                    Fixture.BERT,
                    FlagType.DISENGAGED,
                    Severity.LOW,
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
            direct.resolvedFlag(
                    Fixture.BERT,
                    FlagType.DISENGAGED,
                    Severity.LOW,
                    today.minusDays(7).atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC));

            dailyChecks.run();

            assertEquals(
                    FlagStatus.RESOLVED,
                    onlyFlag(Fixture.BERT, FlagType.DISENGAGED).status(),
                    "the silence began before the resolution: only a gap that begins after it is new");
        });
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
            direct.screenerResponse(
                    Fixture.BERT, "PHQ-9", 6, answered, answered.atTime(20, 0).toInstant(ZoneOffset.UTC));

            assertEquals(1, dailyChecks.run(), "a PHQ-9 answered after the resolution: the silence since then is new");
            assertEquals(
                    FlagStatus.OPEN,
                    flagsOf(Fixture.BERT, FlagType.DISENGAGED).get(0).status());
        });
    }

    // --- helpers ---

    /** Entries 7, 8 and 12 days back, as in the daily check's own test: a silent week after regular ones. */
    private void silentWeekAfterRegularEntries(UUID patientId, LocalDate today) {
        for (int back : new int[] {7, 8, 12}) {
            direct.journalEntry(patientId, today.minusDays(back), 4);
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
        UUID resolved = direct.resolvedFlag(
                Fixture.ANNA,
                FlagType.PERSISTENT_NUMBNESS,
                Severity.HIGH,
                today.minusDays(resolvedDaysAgo)
                        .atTime(LocalTime.NOON)
                        .atZone(oslo)
                        .toInstant());
        for (int back = 1; back <= 9; back++) {
            LocalDate day = today.minusDays(back);
            direct.checkIn(
                    Fixture.ANNA, day, 8, null, day.atTime(20, 0).atZone(oslo).toInstant());
        }
        patient("pat.one");
        myJournal.save(today, checkIn(8, null));
        return resolved;
    }

    private static List<UUID> ids(List<FlagView> flags) {
        return flags.stream().map(FlagView::id).toList();
    }

    private static List<CaseloadRow.FlagBadge> withoutIds(List<CaseloadRow.FlagBadge> badges) {
        return badges.stream()
                .map(b ->
                        new CaseloadRow.FlagBadge(null, b.type(), b.severity(), b.status(), b.label(), b.reopenedAt()))
                .toList();
    }

    private static void advisoryLock(Connection c, String function, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + function + "(?)")) {
            ps.setLong(1, key);
            ps.executeQuery().close();
        }
    }
}
