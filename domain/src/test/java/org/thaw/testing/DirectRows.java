package org.thaw.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.thaw.flag.boundary.FlagType;
import org.thaw.flag.boundary.Severity;

/**
 * Writes rows no boundary would write (an entry eight days back, an extra patient on a team), for
 * a test that needs a precise picture. Only inside the test's own transaction, which the test
 * rolls back: the rows never outlive the test, and the boundaries called in between, joining
 * that transaction through the same persistence context, see them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DirectRows {

    @PersistenceContext(unitName = "thaw")
    EntityManager em;

    @Inject
    Clock clock;

    /** The patient's entry for {@code date}, replacing one the run may already have saved. */
    public void journalEntry(UUID patientId, LocalDate date, int numbness) {
        Instant now = clock.instant();
        em.createNativeQuery("insert into journal_entry"
                        + " (id, patient_id, entry_date, numbness, created_at, updated_at, version)"
                        + " values (:id, :patientId, :date, :numbness, :now, :now, 0)"
                        + " on conflict (patient_id, entry_date) do update set numbness = excluded.numbness")
                .setParameter("id", UUID.randomUUID())
                .setParameter("patientId", patientId)
                .setParameter("date", date)
                .setParameter("numbness", (short) numbness)
                .setParameter("now", now)
                .executeUpdate();
    }

    /** A patient in their own zone, without journal entries. */
    public void patient(UUID id, String username, String firstName, String lastName, String zone) {
        em.createNativeQuery("insert into patient (id, username, first_name, last_name, time_zone)"
                        + " values (:id, :u, :f, :l, :zone)")
                .setParameter("id", id)
                .setParameter("u", username)
                .setParameter("f", firstName)
                .setParameter("l", lastName)
                .setParameter("zone", zone)
                .executeUpdate();
    }

    /** A clinician, on no care team yet. */
    public void clinician(UUID id, String username, String firstName, String lastName) {
        em.createNativeQuery(
                        "insert into clinician (id, username, first_name, last_name)" + " values (:id, :u, :f, :l)")
                .setParameter("id", id)
                .setParameter("u", username)
                .setParameter("f", firstName)
                .setParameter("l", lastName)
                .executeUpdate();
    }

    /** An active assignment of the clinician to the patient's care team as COVERING. */
    public void covering(UUID patientId, UUID clinicianId) {
        em.createNativeQuery("insert into care_team_member (id, patient_id, clinician_id, role)"
                        + " values (:id, :patientId, :clinicianId, 'COVERING')")
                .setParameter("id", UUID.randomUUID())
                .setParameter("patientId", patientId)
                .setParameter("clinicianId", clinicianId)
                .executeUpdate();
    }

    /** How many flags the patient has, of any type and status, read past any access check. */
    public long flagCount(UUID patientId) {
        return ((Number) em.createNativeQuery("select count(*) from flag where patient_id = :patientId")
                        .setParameter("patientId", patientId)
                        .getSingleResult())
                .longValue();
    }

    /** A past assignment of the clinician to the patient's care team, ended yesterday. */
    public void endedCovering(UUID patientId, UUID clinicianId) {
        em.createNativeQuery("insert into care_team_member (id, patient_id, clinician_id, role, assigned_at, ended_at)"
                        + " values (:id, :patientId, :clinicianId, 'COVERING', now() - interval '60 days',"
                        + " now() - interval '1 day')")
                .setParameter("id", UUID.randomUUID())
                .setParameter("patientId", patientId)
                .setParameter("clinicianId", clinicianId)
                .executeUpdate();
    }

    /**
     * The patient's check-in for {@code date} as the flag rules read it (numbness, whether they
     * felt hopeless), first written at {@code writtenAt}: replaces all of that in an entry the run
     * may already have saved, so the picture is the same whatever ran before.
     */
    public void checkIn(UUID patientId, LocalDate date, int numbness, Boolean hopeless, Instant writtenAt) {
        em.createNativeQuery("insert into journal_entry"
                        + " (id, patient_id, entry_date, numbness, hopeless, created_at, updated_at, version)"
                        + " values (:id, :patientId, :date, :numbness, cast(:hopeless as boolean), :at, :at, 0)"
                        + " on conflict (patient_id, entry_date) do update set numbness = excluded.numbness,"
                        + " hopeless = excluded.hopeless, functioning_impact = null,"
                        + " created_at = excluded.created_at, updated_at = excluded.updated_at")
                .setParameter("id", UUID.randomUUID())
                .setParameter("patientId", patientId)
                .setParameter("date", date)
                .setParameter("numbness", (short) numbness)
                .setParameter("hopeless", hopeless)
                .setParameter("at", writtenAt)
                .executeUpdate();
    }

    /**
     * A result the patient answered on {@code day}, entered at {@code submittedAt}, with a total and
     * no answers (for the rules that only look at when the patient answered); returns its id.
     */
    public UUID screenerResponse(UUID patientId, String instrument, int total, LocalDate day, Instant submittedAt) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into screener_response (id, patient_id, instrument, version, source, answers,"
                        + " total, administered_on, submitted_at) values (:id, :patientId, :instrument, '1', 'PATIENT',"
                        + " cast('{}' as jsonb), :total, :day, :at)")
                .setParameter("id", id)
                .setParameter("patientId", patientId)
                .setParameter("instrument", instrument)
                .setParameter("total", total)
                .setParameter("day", day)
                .setParameter("at", submittedAt)
                .executeUpdate();
        return id;
    }

    /**
     * A treatment plan as if its first revision had been saved at {@code startedAt} (no goals, no
     * revision row), for the rules that read when a plan started and the caseload's review day.
     */
    public UUID plan(UUID patientId, Instant startedAt, LocalDate reviewOn) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into treatment_plan (id, patient_id, problem, review_on, started_at, updated_at,"
                        + " updated_by, revision) values (:id, :patientId, 'staged', :reviewOn, :at, :at, 'test', 1)")
                .setParameter("id", id)
                .setParameter("patientId", patientId)
                .setParameter("reviewOn", reviewOn)
                .setParameter("at", startedAt)
                .executeUpdate();
        return id;
    }

    /** An open flag, without evidence; returns its id. */
    public UUID openFlag(UUID patientId, FlagType type, Severity severity, Instant openedAt) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into flag (id, patient_id, type, severity, status, opened_at, last_evidence_at)"
                        + " values (:id, :patientId, :type, :severity, 'OPEN', :at, :at)")
                .setParameter("id", id)
                .setParameter("patientId", patientId)
                .setParameter("type", type.name())
                .setParameter("severity", severity.name())
                .setParameter("at", openedAt)
                .executeUpdate();
        return id;
    }

    /** A flag a clinician resolved at {@code resolvedAt}, a day after it opened; returns its id. */
    public UUID resolvedFlag(UUID patientId, FlagType type, Severity severity, Instant resolvedAt) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into flag (id, patient_id, type, severity, status, opened_at, last_evidence_at,"
                        + " acknowledged_at, acknowledged_by, resolved_at, resolved_by, resolution_note)"
                        + " values (:id, :patientId, :type, :severity, 'RESOLVED', :opened, :opened,"
                        + " :resolved, 'dr.one', :resolved, 'dr.one', 'seen in session')")
                .setParameter("id", id)
                .setParameter("patientId", patientId)
                .setParameter("type", type.name())
                .setParameter("severity", severity.name())
                .setParameter("opened", resolvedAt.minusSeconds(86_400))
                .setParameter("resolved", resolvedAt)
                .executeUpdate();
        return id;
    }

    /** Gives a clinician an e-mail address (where message notifications go). */
    public void clinicianEmail(UUID clinicianId, String email) {
        em.createNativeQuery("update clinician set email = :email where id = :id")
                .setParameter("email", email)
                .setParameter("id", clinicianId)
                .executeUpdate();
    }

    /** Gives a patient an e-mail address (where message notifications go). */
    public void patientEmail(UUID patientId, String email) {
        em.createNativeQuery("update patient set email = :email where id = :id")
                .setParameter("email", email)
                .setParameter("id", patientId)
                .executeUpdate();
    }

    /**
     * A patient's care-team rows, active and ended, read past any access check, each as
     * "username ROLE" with " ended" for an ended one, sorted.
     */
    public List<String> careTeamRows(UUID patientId) {
        em.flush();
        List<?> rows = em.createNativeQuery("select c.username || ' ' || m.role"
                        + " || case when m.ended_at is null then '' else ' ended' end"
                        + " from care_team_member m join clinician c on c.id = m.clinician_id"
                        + " where m.patient_id = :patientId order by 1")
                .setParameter("patientId", patientId)
                .getResultList();
        return rows.stream().map(Object::toString).toList();
    }

    /**
     * Writes what the persistence context holds and forgets it, so the next boundary call reads
     * the database (and a test sees what a later transaction would), not objects kept in memory.
     */
    public void flushAndClear() {
        em.flush();
        em.clear();
    }
}
