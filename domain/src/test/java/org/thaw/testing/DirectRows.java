package org.thaw.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

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

    /** An active assignment of the clinician to the patient's care team as COVERING. */
    public void covering(UUID patientId, UUID clinicianId) {
        em.createNativeQuery("insert into care_team_member (id, patient_id, clinician_id, role)"
                        + " values (:id, :patientId, :clinicianId, 'COVERING')")
                .setParameter("id", UUID.randomUUID())
                .setParameter("patientId", patientId)
                .setParameter("clinicianId", clinicianId)
                .executeUpdate();
    }
}
