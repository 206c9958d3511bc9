package org.thaw.screener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.thaw.flag.FlagBoundaryTests;
import org.thaw.flag.boundary.EvidenceSource;
import org.thaw.flag.boundary.FlagStatus;
import org.thaw.flag.boundary.FlagType;
import org.thaw.flag.boundary.FlagView;
import org.thaw.flag.boundary.FlagView.EvidenceView;
import org.thaw.flag.boundary.Severity;
import org.thaw.patient.boundary.CaseloadFilter;
import org.thaw.patient.boundary.CaseloadRow;
import org.thaw.patient.boundary.CaseloadSort;
import org.thaw.platform.InvalidInputException;
import org.thaw.screener.boundary.ChangeLabel;
import org.thaw.screener.boundary.DueScreener;
import org.thaw.screener.boundary.DueScreener.Reason;
import org.thaw.screener.boundary.ScreenerResult;
import org.thaw.screener.boundary.Source;
import org.thaw.screener.boundary.Submitted;
import org.thaw.security.boundary.AccessDeniedException;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.testing.Fixture;

/**
 * Screeners: a patient answers them (scored, stored and audited, or refused naming what is wrong),
 * what is due and why, the scores, assignments and schedules a clinician records, the flags a
 * response raises (worsening, hopelessness, functional impact), and who may do which. The tests
 * stage their patients in transactions they roll back, but for one that must see its response
 * committed, for a patient of its own. Safety answers: {@link SafetyAnswerIT}. How the boundary
 * tests share one database: {@link AbstractBoundaryIT}.
 */
public abstract class ScreenerBoundaryTests extends FlagBoundaryTests {

    /**
     * A patient committed by the one test that must see its results from another transaction (the
     * response, no flag): on no care team, so no caseload, daily check or other test ever meets
     * them.
     */
    private static final UUID IVY = UUID.fromString("00000000-0000-4000-8000-0000000000a7");

    @Test
    void aCompletePhq9IsScoredAndStoredWithItsCodeVersionTotalAndBandAndTheSubmissionIsAudited() throws Exception {
        committed(() -> direct.patient(IVY, "pat.seven", "Ivy", "Ide", "UTC"));
        LocalDate today = today(ZoneOffset.UTC);
        patient("pat.seven");
        assertTrue(myScreeners.inIntake());
        long before = lastAuditId();

        Submitted submitted = myScreeners.submit("phq-9", null, phq9(1, 1, 2, 2, 1, 0, 1, 0, 0, 1));

        assertEquals(new Submitted(submitted.id(), "PHQ-9", "PHQ-9", "1", 8, "MILD", "Mild", false, null), submitted);
        assertEquals(
                List.of(new StoredResponse(
                        submitted.id(), "PHQ-9", "1", "PATIENT", 8, "MILD", false, today, null, "0", 10)),
                storedResponses(IVY),
                "stored under the code as the catalogue spells it, with every answer and the difficulty");
        assertEquals(
                new AuditRow(
                        "sub-pat.seven",
                        "pat.seven",
                        "patient",
                        "CREATE",
                        "screener_response",
                        submitted.id().toString(),
                        IVY,
                        "ALLOWED"),
                onlyAuditRowAfter(before));
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
        assertEquals(
                new ScreenerResult.Answer(
                        "phq9-1", 1, "Little interest or pleasure in doing things", "Several days", 1, true),
                read.answers().get(0));
        assertEquals("Somewhat difficult", read.answers().get(9).answer(), "answers read back from jsonb in words");
        assertEquals(
                List.of("NUMBNESS", "GAD-7"),
                myScreeners.due().stream().map(DueScreener::instrument).toList());
    }

    @Test
    void incompleteOrImpossibleAnswersAreRefusedNamingTheirFieldAndNothingIsStored() throws SQLException {
        List<StoredResponse> before = storedResponses(Fixture.ANNA);
        long lastAudit = lastAuditId();
        patient("pat.one");
        Map<String, Object> partial = phq9(1, 1, 1, 1, 1, 1, 0, 0, 0);
        partial.keySet().removeAll(List.of("phq9-7", "phq9-8", "phq9-9"));

        InvalidInputException unanswered =
                assertThrows(InvalidInputException.class, () -> myScreeners.submit("PHQ-9", null, partial));
        InvalidInputException version = assertThrows(
                InvalidInputException.class, () -> myScreeners.submit("PHQ-9", "9", phq9(0, 0, 0, 0, 0, 0, 0, 0, 0)));
        InvalidInputException four = assertThrows(
                InvalidInputException.class, () -> myScreeners.submit("PHQ-9", null, phq9(4, 0, 0, 0, 0, 0, 0, 0, 0)));
        InvalidInputException unknownQuestion = assertThrows(
                InvalidInputException.class, () -> myScreeners.submit("GAD-7", null, phq9(0, 0, 0, 0, 0, 0, 0, 0, 0)));

        assertEquals("answers", unanswered.field());
        assertEquals(
                "Please answer every question: 7, 8 and 9 are unanswered (phq9-7, phq9-8, phq9-9).",
                unanswered.getMessage());
        assertEquals("version", version.field());
        assertTrue(version.getMessage().contains("the current one is 1"), version.getMessage());
        assertEquals("answers.phq9-1", four.field());
        assertEquals("must be one of 0, 1, 2, 3", four.getMessage());
        assertEquals("answers.phq9-1", unknownQuestion.field());
        assertThrows(
                RecordNotFoundException.class,
                () -> myScreeners.submit("ODQ", null, Map.of()),
                "only an instrument Thaw embeds can be answered");
        assertEquals(
                List.of("FAILED", "FAILED", "FAILED", "FAILED", "DENIED"),
                auditRowsAfter(lastAudit).stream().map(AuditRow::outcome).toList());
        assertEquals(before, storedResponses(Fixture.ANNA));
        assertEquals(
                List.of(),
                storedFlags(Fixture.ANNA).stream()
                        .filter(f -> f.type().equals("SAFETY"))
                        .toList());

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
            assertEquals(
                    "PHQ-9 11 on " + longDay(today) + ", up 5 from the first (6 on " + longDay(today) + ")",
                    evidence.summary());
            assertEquals(List.of(first.id(), eleven.id()), evidence.refs());
            assertEquals(
                    List.of(FlagType.WORSENING),
                    allFlagsOf(DORA).stream().map(FlagView::type).toList(),
                    "nothing else fired");

            clinician("dr.one");
            screeners.recordExternal(DORA, "GAD-7", 5, today.minusDays(10));
            patient("pat.four");
            myScreeners.submit("GAD-7", null, gad7(2, 2, 1, 1, 1, 1, 1));

            FlagView joined = onlyFlag(DORA, FlagType.WORSENING);
            assertEquals(worsening.id(), joined.id(), "new evidence joins the open flag");
            assertEquals(2, joined.evidence().size());
            assertTrue(
                    summaries(joined).get(1).startsWith("GAD-7 9 on "),
                    summaries(joined).get(1));
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
            assertEquals(
                    List.of("PHQ-9 item 2 (feeling down, depressed, or hopeless): “More than half the days”, "
                            + longDay(today)),
                    summaries(hopeless));
            assertEquals(List.of(submitted.id()), hopeless.evidence().get(0).refs());
            FlagView impact = onlyFlag(DORA, FlagType.FUNCTIONAL_IMPACT);
            assertEquals(List.of("PHQ-9 difficulty: “Extremely difficult”, " + longDay(today)), summaries(impact));
            assertEquals("Daily life affected (PHQ-9 difficulty)", impact.label(), "no journal evidence: not numbness");
            assertEquals(EvidenceSource.SCREENER, impact.evidence().get(0).source());
            assertEquals(
                    List.of("Daily life affected (PHQ-9 difficulty)"),
                    row(caseload.page(FIRST_PAGE, CaseloadFilter.NONE, CaseloadSort.FLAGS, false), DORA)
                            .flags()
                            .stream()
                            .filter(b -> b.type().equals("FUNCTIONAL_IMPACT"))
                            .map(CaseloadRow.FlagBadge::label)
                            .toList(),
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
            assertEquals(
                    List.of(
                            new DueScreener("NUMBNESS", "Numbness check", Reason.INTAKE, today),
                            new DueScreener("PHQ-9", "PHQ-9", Reason.INTAKE, today),
                            new DueScreener("GAD-7", "GAD-7", Reason.INTAKE, today)),
                    myScreeners.due());

            myScreeners.submit("NUMBNESS", null, numbnessCheck());

            assertFalse(myScreeners.inIntake());
            assertEquals(List.of("PHQ-9", "GAD-7"), instruments(myScreeners.due()));

            clinician("dr.one");
            screeners.assign(DORA, " pcl-5 ");

            assertEquals(
                    List.of(
                            new DueScreener("PHQ-9", "PHQ-9", Reason.INTAKE, today),
                            new DueScreener("GAD-7", "GAD-7", Reason.INTAKE, today),
                            new DueScreener("PCL-5", "PCL-5", Reason.ASSIGNED, today)),
                    screeners.due(DORA));
            patient("pat.four");
            assertEquals(List.of("PHQ-9", "GAD-7", "PCL-5"), instruments(myScreeners.due()), "the patient sees it too");

            myScreeners.submit("PCL-5", null, pcl5(1));

            assertEquals(List.of("PHQ-9", "GAD-7"), instruments(myScreeners.due()), "answered after it was assigned");
            clinician("dr.one");
            List<ScreenerResult> results = screeners.results(DORA);
            assertEquals(
                    List.of("NUMBNESS", "PCL-5"),
                    results.stream().map(ScreenerResult::instrument).toList());
            assertEquals(20, results.get(1).total());
            assertEquals(80, results.get(1).max());
            assertEquals("2", results.get(1).version(), "patients answer the latest version");
            assertEquals("BELOW_CUTOFF", results.get(1).band());
            assertEquals("Below the screening cut-off", results.get(1).bandLabel());
            assertEquals(
                    "Below 31: below the provisional PTSD cut-off",
                    results.get(1).bandClinicianLabel(),
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
            assertEquals(
                    new AuditRow(
                            "sub-dr.one",
                            "dr.one",
                            "clinician",
                            "CREATE",
                            "screener_response",
                            phq9.id().toString(),
                            DORA,
                            "ALLOWED"),
                    onlyAuditRowAfter(before));

            screeners.recordExternal(DORA, "GAD-7", 6, today.minusDays(7));

            assertEquals(Map.of(), screeners.schedules(DORA));
            assertEquals(
                    List.of("NUMBNESS"),
                    instruments(screeners.due(DORA)),
                    "PHQ-9 and GAD-7 were recorded a week ago: the practice asks again after 14 days");

            screeners.schedule(DORA, "PHQ-9", 7);

            assertEquals(Map.of("PHQ-9", 7), screeners.schedules(DORA));
            assertEquals(
                    List.of(
                            new DueScreener("NUMBNESS", "Numbness check", Reason.INTAKE, today),
                            new DueScreener("PHQ-9", "PHQ-9", Reason.FOLLOW_UP, today)),
                    screeners.due(DORA));

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
            assertEquals(
                    List.of("PHQ-9", "GAD-7", "ODQ", "PHQ-9"),
                    screeners.results(DORA).stream()
                            .map(ScreenerResult::instrument)
                            .toList(),
                    "oldest first");
        });
    }

    @Test
    void badExternalScoresSchedulesAndAssignmentsAreRefusedNamingTheirFieldAndNothingIsStored() throws SQLException {
        LocalDate today = today(Fixture.ANNA_ZONE);
        List<StoredResponse> before = storedResponses(Fixture.ANNA);
        clinician("dr.one");

        InvalidInputException future = assertThrows(
                InvalidInputException.class,
                () -> screeners.recordExternal(Fixture.ANNA, "PHQ-9", 10, today.plusDays(1)));
        InvalidInputException tooHigh = assertThrows(
                InvalidInputException.class, () -> screeners.recordExternal(Fixture.ANNA, "PHQ-9", 28, today));

        assertEquals("date", future.field());
        assertEquals("score", tooHigh.field());
        assertEquals("must be from 0 to 27 for PHQ-9", tooHigh.getMessage());
        assertEquals(
                "date",
                assertThrows(InvalidInputException.class, () -> screeners.recordExternal(Fixture.ANNA, "ODQ", 60, null))
                        .field());
        assertEquals(
                "score",
                assertThrows(
                                InvalidInputException.class,
                                () -> screeners.recordExternal(Fixture.ANNA, "ODQ", null, today))
                        .field());
        assertEquals(
                "score",
                assertThrows(
                                InvalidInputException.class,
                                () -> screeners.recordExternal(Fixture.ANNA, "ODQ", 1001, today))
                        .field());
        assertEquals(
                "instrument",
                assertThrows(InvalidInputException.class, () -> screeners.recordExternal(Fixture.ANNA, "  ", 10, today))
                        .field());
        assertEquals(
                "instrument",
                assertThrows(
                                InvalidInputException.class,
                                () -> screeners.recordExternal(Fixture.ANNA, "x".repeat(41), 10, today))
                        .field());
        assertEquals(
                "instrument",
                assertThrows(InvalidInputException.class, () -> screeners.assign(Fixture.ANNA, "ODQ"))
                        .field(),
                "only an instrument Thaw embeds is assigned");
        assertEquals(
                "instrument",
                assertThrows(InvalidInputException.class, () -> screeners.schedule(Fixture.ANNA, null, 7))
                        .field());
        for (Integer days : new Integer[] {null, -1, 366}) {
            assertEquals(
                    "everyDays",
                    assertThrows(InvalidInputException.class, () -> screeners.schedule(Fixture.ANNA, "PHQ-9", days))
                            .field(),
                    "every " + days + " days");
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

        assertEquals(
                List.of(
                        new AuditRow(
                                "sub-dr.three",
                                "dr.three",
                                "clinician",
                                "LIST",
                                "screener_response",
                                null,
                                null,
                                "DENIED"),
                        new AuditRow(
                                "sub-dr.three", "dr.three", "clinician", "LIST", "screener_due", null, null, "DENIED"),
                        new AuditRow(
                                "sub-dr.three",
                                "dr.three",
                                "clinician",
                                "READ",
                                "screener_schedule",
                                null,
                                null,
                                "DENIED"),
                        new AuditRow(
                                "sub-dr.three",
                                "dr.three",
                                "clinician",
                                "CREATE",
                                "screener_assignment",
                                null,
                                null,
                                "DENIED"),
                        new AuditRow(
                                "sub-dr.three",
                                "dr.three",
                                "clinician",
                                "UPDATE",
                                "screener_schedule",
                                null,
                                null,
                                "DENIED"),
                        new AuditRow(
                                "sub-dr.three",
                                "dr.three",
                                "clinician",
                                "CREATE",
                                "screener_response",
                                null,
                                null,
                                "DENIED")),
                auditRowsAfter(lastAudit));

        clinician("dr.one");
        assertThrows(RecordNotFoundException.class, () -> screeners.results(Fixture.CORA), "another team's patient");
        assertThrows(RecordNotFoundException.class, () -> screeners.recordExternal(Fixture.CORA, "ODQ", 50, today));
        assertThrows(
                RecordNotFoundException.class,
                () -> screeners.results(UUID.randomUUID()),
                "a patient who does not exist looks the same");
        assertThrows(AccessDeniedException.class, myScreeners::due, "a clinician has no screeners of their own");
        assertThrows(
                AccessDeniedException.class, () -> myScreeners.submit("PHQ-9", null, phq9(0, 0, 0, 0, 0, 0, 0, 0, 0)));

        patient("pat.one");
        assertThrows(
                AccessDeniedException.class,
                () -> screeners.results(Fixture.ANNA),
                "a patient reaches no clinician action, not even on their own record");
        assertThrows(AccessDeniedException.class, () -> screeners.assign(Fixture.ANNA, "PCL-5"));
        assertThrows(AccessDeniedException.class, () -> screeners.recordExternal(Fixture.ANNA, "PHQ-9", 0, today));

        assertEquals(before, storedResponses(Fixture.ANNA));
    }

    // --- helpers ---

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

    /** All the patient's flags, newest first, as dr.one reads them from the database. */
    private List<FlagView> allFlagsOf(UUID patientId) {
        direct.flushAndClear();
        clinician("dr.one");
        return flags.ofPatient(patientId);
    }

    private static List<String> instruments(List<DueScreener> due) {
        return due.stream().map(DueScreener::instrument).toList();
    }
}
