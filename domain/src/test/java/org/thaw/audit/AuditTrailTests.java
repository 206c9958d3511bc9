package org.thaw.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.thaw.audit.boundary.AuditEntry;
import org.thaw.audit.boundary.AuditQuery;
import org.thaw.audit.boundary.AuditTrail;
import org.thaw.medication.boundary.CourseInput;
import org.thaw.medication.boundary.PatientMedications;
import org.thaw.message.boundary.TeamMessages;
import org.thaw.patient.CareTeamsTests;
import org.thaw.plan.boundary.PatientPlan;
import org.thaw.platform.InvalidInputException;
import org.thaw.platform.Page;
import org.thaw.platform.PageRequest;
import org.thaw.security.boundary.AccessDeniedException;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.testing.Fixture;
import org.thaw.timeline.boundary.PatientTimeline;

/**
 * The audit trail: the admin's search (filters, paging, newest first, refusals naming the
 * parameter) and export, both audited themselves; and the coverage of a clinician's session that
 * touches every kind of record, one event per access, allowed or denied.
 */
public abstract class AuditTrailTests extends CareTeamsTests {

    /** The user of the events this class writes itself: no other test acts as them. */
    private static final String PROBE = "audit.probe";

    @Inject
    AuditTrail trail;

    @Inject
    PatientMedications courses;

    @Inject
    PatientPlan plan;

    @Inject
    TeamMessages team;

    @Inject
    PatientTimeline patientTimeline;

    @Test
    void theAdminSearchesByUserPatientAndDaysNewestFirstAPageAtATime() throws Exception {
        // the practice's zone is UTC in the fixture, so a day here is a UTC day
        writeEvent("2026-03-01T09:00:00Z", Fixture.ANNA, "READ");
        writeEvent("2026-03-02T09:00:00Z", Fixture.CORA, "LIST");
        writeEvent("2026-03-03T23:59:00Z", Fixture.ANNA, "UPDATE");
        writeEvent("2026-03-04T00:00:00Z", null, "READ");
        admin("admin.one");

        Page<AuditEntry> all = trail.search(new AuditQuery(null, PROBE, null, null), PageRequest.of(0, 3));
        assertEquals(4, all.total());
        assertEquals(
                List.of("2026-03-04T00:00:00Z", "2026-03-03T23:59:00Z", "2026-03-02T09:00:00Z"),
                all.items().stream().map(e -> e.occurredAt().toString()).toList(),
                "newest first");
        assertEquals(
                List.of("2026-03-01T09:00:00Z"),
                trail.search(new AuditQuery(null, PROBE, null, null), PageRequest.of(1, 3)).items().stream()
                        .map(e -> e.occurredAt().toString())
                        .toList());

        Page<AuditEntry> anna = trail.search(new AuditQuery(Fixture.ANNA, PROBE, null, null), PageRequest.of(0, 20));
        assertEquals(
                List.of("UPDATE", "READ"),
                anna.items().stream().map(AuditEntry::action).toList());
        assertEquals("Anna Ahlberg", anna.items().get(0).patientName());

        Page<AuditEntry> days = trail.search(
                new AuditQuery(null, PROBE, LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-03")),
                PageRequest.of(0, 20));
        assertEquals(
                List.of("UPDATE", "LIST"),
                days.items().stream().map(AuditEntry::action).toList(),
                "both days whole, the next day's midnight not");

        assertEquals(4, trail.export(new AuditQuery(null, PROBE, null, null)).size());
        assertEquals(
                0,
                trail.search(new AuditQuery(UUID.randomUUID(), null, null, null), PageRequest.of(0, 20))
                        .total(),
                "a patient id that names nobody matches nothing");
    }

    @Test
    void readingTheTrailIsAuditedWithThePatientSearchedFor() throws Exception {
        admin("admin.one");
        long before = lastAuditId();

        trail.search(new AuditQuery(Fixture.CORA, null, null, null), PageRequest.of(0, 5));
        trail.export(new AuditQuery(null, "dr.one", null, null));

        assertEquals(
                List.of(
                        new AuditRow(
                                "sub-admin.one",
                                "admin.one",
                                "admin",
                                "LIST",
                                "audit_event",
                                null,
                                Fixture.CORA,
                                "ALLOWED"),
                        new AuditRow(
                                "sub-admin.one", "admin.one", "admin", "LIST", "audit_export", null, null, "ALLOWED")),
                auditRowsAfter(before));
    }

    @Test
    void badSearchesAreRefusedNamingTheParameterAndOnlyTheAdminSearches() throws Exception {
        admin("admin.one");
        assertEquals(
                "from",
                assertThrows(
                                InvalidInputException.class,
                                () -> trail.search(
                                        new AuditQuery(
                                                null,
                                                null,
                                                LocalDate.parse("2026-03-05"),
                                                LocalDate.parse("2026-03-04")),
                                        FIRST_PAGE))
                        .field());
        assertEquals(
                "user",
                assertThrows(
                                InvalidInputException.class,
                                () -> trail.search(new AuditQuery(null, "x".repeat(256), null, null), FIRST_PAGE))
                        .field());

        clinician("dr.one");
        long before = lastAuditId();
        assertThrows(AccessDeniedException.class, () -> trail.search(AuditQuery.all(), FIRST_PAGE));
        assertThrows(AccessDeniedException.class, () -> trail.export(AuditQuery.all()));
        patient("pat.one");
        assertThrows(AccessDeniedException.class, () -> trail.search(AuditQuery.all(), FIRST_PAGE));
        List<AuditRow> rows = auditRowsAfter(before);
        assertEquals(3, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.outcome().equals("DENIED")));
    }

    /**
     * A clinician's session over one patient touching every kind of record, then the same over
     * another team's patient: each access leaves exactly one event naming the patient, the kind of
     * record and the outcome. Writes happen in a transaction that is rolled back; their events stay.
     */
    @Test
    void aClinicianSessionLeavesOneAuditEventPerAccessToEveryKindOfRecord() throws Exception {
        inATransactionThatIsRolledBack(() -> {
            clinician("dr.one");
            LocalDate today = today(Fixture.ANNA_ZONE);
            List<String> expected = new ArrayList<>();
            List<String> seen = new ArrayList<>();

            access(seen, expected, "patient", "READ", () -> patientRecords.profile(Fixture.ANNA));
            access(seen, expected, "journal_entry", "LIST", () -> patientJournal.between(Fixture.ANNA, null, null));
            access(
                    seen,
                    expected,
                    "journal_entry",
                    "CREATE",
                    () -> patientJournal.enterFromPaper(Fixture.ANNA, today.minusDays(40), checkIn(3, false)));
            access(seen, expected, "flag", "LIST", () -> flags.ofPatient(Fixture.ANNA));
            access(seen, expected, "screener_response", "LIST", () -> screeners.results(Fixture.ANNA));
            access(seen, expected, "medication_course", "LIST", () -> courses.ofPatient(Fixture.ANNA));
            access(
                    seen,
                    expected,
                    "medication_course",
                    "CREATE",
                    () -> courses.record(
                            Fixture.ANNA,
                            new CourseInput(
                                    "36437",
                                    null,
                                    null,
                                    new BigDecimal("50"),
                                    "mg",
                                    "daily",
                                    today.minusDays(10),
                                    "Audit coverage",
                                    null,
                                    null)));
            access(seen, expected, "side_effect_report", "LIST", () -> courses.sideEffects(Fixture.ANNA));
            direct.plan(Fixture.ANNA, clock.instant(), today.plusDays(10));
            access(seen, expected, "treatment_plan", "READ", () -> plan.current(Fixture.ANNA));
            access(seen, expected, "treatment_plan_revision", "LIST", () -> plan.revisions(Fixture.ANNA, FIRST_PAGE));
            UUID thread = access(
                            seen,
                            expected,
                            "message_thread",
                            "CREATE",
                            () -> team.start(Fixture.ANNA, "Audit coverage", "A message.", "audit-coverage-1"))
                    .threadId();
            access(seen, expected, "message_thread", "READ", () -> team.thread(thread));
            access(seen, expected, "chart_task", "LIST", () -> team.tasks(Fixture.ANNA));
            access(seen, expected, "timeline", "LIST", () -> patientTimeline.between(Fixture.ANNA, null, null));
            access(seen, expected, "care_team", "READ", () -> careTeams.teamOf(Fixture.ANNA));

            assertEquals(expected, seen, "one ALLOWED event per access, naming Anna");

            // the same reads of another team's patient: refused as not found, one DENIED event each,
            // which (like every refusal) names no record it refused
            List<ThrowingSupplier<Object>> denied = List.of(
                    () -> patientRecords.profile(Fixture.CORA),
                    () -> patientJournal.between(Fixture.CORA, null, null),
                    () -> flags.ofPatient(Fixture.CORA),
                    () -> screeners.results(Fixture.CORA),
                    () -> courses.ofPatient(Fixture.CORA),
                    () -> courses.sideEffects(Fixture.CORA),
                    () -> plan.current(Fixture.CORA),
                    () -> team.tasks(Fixture.CORA),
                    () -> patientTimeline.between(Fixture.CORA, null, null),
                    () -> careTeams.teamOf(Fixture.CORA));
            for (ThrowingSupplier<Object> read : denied) {
                long before = lastAuditId();
                assertThrows(RecordNotFoundException.class, read::get);
                AuditRow row = onlyAuditRowAfter(before);
                assertEquals("DENIED", row.outcome(), row.toString());
                assertEquals(null, row.patientId(), "a refusal names no patient it refused: " + row);
            }
        });
    }

    /** Runs one access and checks it left exactly one event; records "type ACTION patient OUTCOME". */
    private <T> T access(
            List<String> seen, List<String> expected, String recordType, String action, ThrowingSupplier<T> call)
            throws Throwable {
        long before = lastAuditId();
        T result = call.get();
        AuditRow row = onlyAuditRowAfter(before);
        expected.add(recordType + " " + action + " " + Fixture.ANNA + " ALLOWED");
        seen.add(row.recordType() + " " + row.action() + " " + row.patientId() + " " + row.outcome());
        return result;
    }

    private void writeEvent(String at, UUID patientId, String action) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into thaw.audit_event"
                        + " (occurred_at, actor_username, actor_role, action, record_type, patient_id, outcome)"
                        + " values (?, ?, 'clinician', ?, 'journal_entry', ?, 'ALLOWED')")) {
            ps.setTimestamp(1, Timestamp.from(Instant.parse(at)));
            ps.setString(2, PROBE);
            ps.setString(3, action);
            ps.setObject(4, patientId);
            ps.executeUpdate();
        }
    }
}
