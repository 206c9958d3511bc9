package org.thaw.journal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.thaw.journal.entity.JournalEntry;

/** Reads and writes journal entries. */
@ApplicationScoped
public class JournalStore {

    /** The outcome of a save: the entry's id, and whether it was new. */
    public record Saved(UUID id, boolean created) {}

    @PersistenceContext(unitName = "thaw")
    EntityManager em;

    /**
     * Creates the day's entry or updates it, in one statement: two saves racing for the same day
     * end as one row (the unique constraint arbitrates), never an error or a duplicate.
     */
    public Saved upsert(UUID patientId, LocalDate date, int numbness, String note, Instant now) {
        Object[] row = (Object[]) em.createNativeQuery(
                        "insert into journal_entry (id, patient_id, entry_date, numbness, note, created_at, updated_at, version)"
                                + " values (:id, :patientId, :date, :numbness, :note, :now, :now, 0)"
                                + " on conflict (patient_id, entry_date) do update"
                                + " set numbness = excluded.numbness, note = excluded.note,"
                                + " updated_at = excluded.updated_at, version = journal_entry.version + 1"
                                + " returning id, version = 0 as created")
                .setParameter("id", UUID.randomUUID())
                .setParameter("patientId", patientId)
                .setParameter("date", date)
                .setParameter("numbness", (short) numbness)
                .setParameter("note", note)
                .setParameter("now", now)
                .getSingleResult();
        return new Saved((UUID) row[0], (Boolean) row[1]);
    }

    public JournalEntry find(UUID id) {
        return em.find(JournalEntry.class, id);
    }

    /** A patient's entries in a window, newest first. */
    public List<JournalEntry> between(UUID patientId, LocalDate from, LocalDate to) {
        return em.createNamedQuery(JournalEntry.BETWEEN, JournalEntry.class)
                .setParameter("patientId", patientId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }
}
