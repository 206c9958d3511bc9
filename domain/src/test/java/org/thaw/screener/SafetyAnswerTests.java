package org.thaw.screener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.thaw.platform.InvalidInputException;
import org.thaw.screener.boundary.SafetyAnswerException;
import org.thaw.screener.boundary.Submitted;
import org.thaw.testing.EnclosingTransaction;
import org.thaw.testing.Fixture;

/**
 * A PHQ-9 item 9 answered above "Not at all": the crisis resources at once, and a safety answer
 * and an URGENT SAFETY flag that commit on their own whatever else happens to the submission (a
 * later failure of the request, a response the database refuses, an incomplete form, a retry).
 * Each test commits a patient of its own ({@link Fixture#GUS} is the fixture's patient whose
 * responses the database refuses). How the boundary tests share one database: {@link
 * AbstractBoundaryIT}.
 */
public abstract class SafetyAnswerTests extends ScreenerBoundaryTests {

    /**
     * Patients each committed by one test that must see its results from another transaction (the
     * safety answer, the response, the flag): on no care team, so no caseload, daily check or other
     * test ever meets them.
     */
    private static final UUID JON = UUID.fromString("00000000-0000-4000-8000-0000000000a8");
    /** Committed by the safety tests, whose safety answers commit on their own whatever else rolls back. */
    private static final UUID KAI = UUID.fromString("00000000-0000-4000-8000-0000000000b1");

    private static final UUID LEA = UUID.fromString("00000000-0000-4000-8000-0000000000b2");
    private static final UUID MIA = UUID.fromString("00000000-0000-4000-8000-0000000000b3");

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
        assertEquals(
                List.of(new StoredSafetyAnswer(
                        answers.get(0).id(), "PHQ-9", "1", "phq9-9", 1, "RESPONSE", submitted.id())),
                answers,
                "the safety answer, kept on its own, names the response");
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
        assertEquals(
                storedSafetyAnswers(JON).get(1).id().toString(), grown.get(1).refs());
        assertTrue(
                grown.get(1).summary().contains("“Nearly every day”"),
                grown.get(1).summary());
    }

    @Test
    void aLaterFailureOfTheRequestLeavesTheSafetyAnswerAndItsUrgentFlagCommitted() throws Exception {
        committed(() -> direct.patient(KAI, "pat.nine", "Kai", "Krogh", "UTC"));
        long before = lastAuditId();
        patient("pat.nine");
        AtomicReference<Submitted> submitted = new AtomicReference<>();

        assertThrows(
                EnclosingTransaction.Failed.class,
                () -> enclosing.runThenFail(
                        () -> submitted.set(myScreeners.submit("PHQ-9", null, phq9(2, 1, 2, 1, 1, 1, 1, 1, 2)))));

        assertTrue(submitted.get().safetyPositive(), "the patient was shown the crisis resources");
        assertEquals(crisisResources.text(), submitted.get().crisisResources());
        assertEquals(List.of(), storedResponses(KAI), "the response went with the failed transaction");
        List<StoredSafetyAnswer> answers = storedSafetyAnswers(KAI);
        assertEquals(1, answers.size(), "the safety answer did not");
        List<StoredFlag> flagsNow = storedFlags(KAI);
        assertEquals(1, flagsNow.size(), () -> "nor its flag: " + flagsNow);
        assertEquals(
                List.of("SAFETY", "URGENT", "OPEN", answers.get(0).id().toString()),
                List.of(
                        flagsNow.get(0).type(),
                        flagsNow.get(0).severity(),
                        flagsNow.get(0).status(),
                        flagsNow.get(0).refs()));
        assertEquals(
                List.of(
                        new AuditRow(
                                "sub-pat.nine",
                                "pat.nine",
                                "patient",
                                "CREATE",
                                "safety_answer",
                                answers.get(0).id().toString(),
                                KAI,
                                "ALLOWED"),
                        new AuditRow(
                                "sub-pat.nine",
                                "pat.nine",
                                "patient",
                                "CREATE",
                                "screener_response",
                                submitted.get().id().toString(),
                                KAI,
                                "ALLOWED")),
                auditRowsAfter(before),
                "both writes audited, and the audit events survive the rollback");
    }

    @Test
    void aFailureStoringTheResponseStillShowsTheCrisisResourcesAndKeepsTheFlag() throws Exception {
        // the database refuses every screener response of Gus (a trigger of the test fixture)
        patient("pat.broken");
        RuntimeException plain = assertThrows(
                RuntimeException.class, () -> myScreeners.submit("PHQ-9", null, phq9(1, 0, 0, 0, 0, 0, 0, 0, 0)));
        assertFalse(plain instanceof SafetyAnswerException, "without a safety answer it is an ordinary failure");

        patient("pat.broken");
        SafetyAnswerException failed = assertThrows(
                SafetyAnswerException.class,
                () -> myScreeners.submit("PHQ-9", null, phq9(1, 0, 0, 0, 0, 0, 0, 0, 3), "gus-1"));

        assertEquals(crisisResources.text(), failed.crisisResources(), "the crisis resources, whatever failed");
        assertTrue(failed.recorded());
        assertTrue(failed.refusal().isEmpty(), "a failure, not a refusal");
        assertEquals(List.of(), storedResponses(Fixture.GUS));
        List<StoredSafetyAnswer> answers = storedSafetyAnswers(Fixture.GUS);
        assertEquals(
                List.of("RESPONSE"),
                answers.stream().map(StoredSafetyAnswer::context).toList());
        List<StoredFlag> flagsNow = storedFlags(Fixture.GUS);
        assertEquals(
                List.of("SAFETY URGENT OPEN " + answers.get(0).id()),
                flagsNow.stream()
                        .map(f -> f.type() + " " + f.severity() + " " + f.status() + " " + f.refs())
                        .toList());
    }

    @Test
    void anIncompletePhq9WithASafetyAnswerIsRefusedYetTheAnswerIsKeptFlaggedAndReAlertsWhenAcknowledged()
            throws Exception {
        committed(() -> direct.patient(MIA, "pat.eleven", "Mia", "Moe", "UTC"));
        LocalDate today = today("UTC");
        Map<String, Object> partial = phq9(1, 1, 0, 1, 1, 1, 0, 1, 2);
        partial.keySet().removeAll(List.of("phq9-3", "phq9-7"));
        patient("pat.eleven");

        SafetyAnswerException refused =
                assertThrows(SafetyAnswerException.class, () -> myScreeners.submit("PHQ-9", null, partial, "step-a"));

        assertEquals(crisisResources.text(), refused.crisisResources(), "the crisis resources in the same answer");
        assertTrue(refused.recorded());
        InvalidInputException incomplete = refused.refusal().orElseThrow();
        assertEquals("answers", incomplete.field());
        assertEquals("Please answer every question: 3 and 7 are unanswered (phq9-3, phq9-7).", incomplete.getMessage());
        assertEquals(List.of(), storedResponses(MIA), "nothing scored, no response");
        List<StoredSafetyAnswer> answers = storedSafetyAnswers(MIA);
        assertEquals(
                List.of(new StoredSafetyAnswer(answers.get(0).id(), "PHQ-9", "1", "phq9-9", 2, "INCOMPLETE", null)),
                answers);
        List<StoredFlag> flagged = storedFlags(MIA);
        assertEquals(1, flagged.size(), () -> flagged.toString());
        assertEquals(
                List.of("SAFETY", "URGENT", "OPEN"),
                List.of(
                        flagged.get(0).type(),
                        flagged.get(0).severity(),
                        flagged.get(0).status()));
        assertEquals(
                "PHQ-9 item 9 answered “More than half the days” on an incomplete PHQ-9, " + longDay(today)
                        + " — same-day risk assessment advised",
                flagged.get(0).summary());
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
        assertEquals(
                List.of("INCOMPLETE", "RESPONSE"),
                storedSafetyAnswers(MIA).stream()
                        .map(StoredSafetyAnswer::context)
                        .toList());
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
        assertEquals(
                "idempotencyKey",
                assertThrows(
                                InvalidInputException.class,
                                () -> myScreeners.submit("GAD-7", null, gad7(0, 0, 0, 0, 0, 0, 0), "step-1"))
                        .field(),
                "a key used for PHQ-9 is not a GAD-7 response");
        patient("pat.ten");
        Submitted other = myScreeners.submit("PHQ-9", null, phq9(0, 0, 0, 0, 0, 0, 0, 0, 0), "step-2");
        assertTrue(!other.id().equals(first.id()));
        patient("pat.ten");
        assertEquals(2, myScreeners.results().size(), "a new key is a new response");
    }

    // --- helpers ---

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
