package org.thaw.journal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.thaw.journal.boundary.FunctioningImpact;
import org.thaw.journal.entity.CheckIn;
import org.thaw.journal.entity.JournalEntry;
import org.thaw.platform.Rows;

/** Reads and writes journal entries. */
@ApplicationScoped
public class JournalStore {

    /**
     * The outcome of a save, as the upsert's {@code returning} gives it: the entry's id, whether it
     * was new, when it was stored and who typed it in from paper (null: the patient). With the
     * check-in that was written, that is the whole entry, so a save reads nothing back.
     */
    public record Saved(UUID id, boolean created, Instant updatedAt, String enteredByName) {}

    @PersistenceContext(unitName = "thaw")
    EntityManager em;

    /**
     * Creates the day's entry or updates it, in one statement: two saves racing for the same day
     * end as one row (the unique constraint arbitrates), never an error or a duplicate. An update
     * replaces every answer of the day, so an answer left out is cleared, as a PUT should.
     */
    public Saved upsert(UUID patientId, LocalDate date, CheckIn checkIn, Instant now) {
        return upsert(patientId, date, checkIn, null, null, now).orElseThrow();
    }

    /**
     * Creates or updates the day's entry typed in by a clinician from the patient's paper diary, in
     * one statement, marked with the clinician (id and name as shown; an update names whoever typed
     * it last). A day the patient wrote themselves is left as it is: then the answer is empty, and
     * nothing changed (the conflict's {@code where} arbitrates, so a race with the patient cannot
     * overwrite their entry).
     */
    public Optional<Saved> upsertFromPaper(
            UUID patientId, LocalDate date, CheckIn checkIn, UUID clinicianId, String clinicianName, Instant now) {
        return upsert(patientId, date, checkIn, clinicianId, clinicianName, now);
    }

    /** The one upsert of a day: the patient's own when {@code clinicianId} is null, else from paper. */
    private Optional<Saved> upsert(
            UUID patientId, LocalDate date, CheckIn checkIn, UUID clinicianId, String clinicianName, Instant now) {
        boolean paper = clinicianId != null;
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(
                        "insert into journal_entry (id, patient_id, entry_date, numbness, positive_intensity,"
                                + " negative_intensity, emotions, sleep_hours, activity_minutes, meaningful_contact,"
                                + " coping_tried, hopeless, functioning_impact, note, medication_affects_feeling,"
                                + " entered_by_clinician, entered_by_name, created_at, updated_at, version)"
                                + " values (:id, :patientId, :date, :numbness, cast(:positive as smallint),"
                                + " cast(:negative as smallint), :emotions, cast(:sleep as numeric),"
                                + " cast(:activity as smallint), cast(:contact as boolean), :coping,"
                                + " cast(:hopeless as boolean), cast(:impact as varchar), cast(:note as varchar),"
                                + " cast(:medication as varchar), cast(:clinician as uuid),"
                                + " cast(:clinicianName as varchar), :now, :now, 0)"
                                + " on conflict (patient_id, entry_date) do update"
                                + " set numbness = excluded.numbness, positive_intensity = excluded.positive_intensity,"
                                + " negative_intensity = excluded.negative_intensity, emotions = excluded.emotions,"
                                + " sleep_hours = excluded.sleep_hours, activity_minutes = excluded.activity_minutes,"
                                + " meaningful_contact = excluded.meaningful_contact,"
                                + " coping_tried = excluded.coping_tried, hopeless = excluded.hopeless,"
                                + " functioning_impact = excluded.functioning_impact, note = excluded.note,"
                                + " medication_affects_feeling = excluded.medication_affects_feeling,"
                                + (paper
                                        ? " entered_by_clinician = excluded.entered_by_clinician,"
                                                + " entered_by_name = excluded.entered_by_name,"
                                        : "")
                                + " updated_at = excluded.updated_at, version = journal_entry.version + 1"
                                + (paper ? " where journal_entry.entered_by_clinician is not null" : "")
                                + " returning id, version = 0 as created, updated_at, entered_by_name",
                        Tuple.class)
                .setParameter("id", UUID.randomUUID())
                .setParameter("patientId", patientId)
                .setParameter("date", date)
                .setParameter("numbness", (short) checkIn.numbness())
                .setParameter("positive", smallint(checkIn.positiveIntensity()))
                .setParameter("negative", smallint(checkIn.negativeIntensity()))
                .setParameter("emotions", checkIn.emotions().toArray(String[]::new))
                .setParameter("sleep", checkIn.sleepHours())
                .setParameter("activity", smallint(checkIn.activityMinutes()))
                .setParameter("contact", checkIn.meaningfulContact())
                .setParameter("coping", checkIn.copingTried().toArray(String[]::new))
                .setParameter("hopeless", checkIn.hopeless())
                .setParameter(
                        "impact",
                        checkIn.functioningImpact() == null
                                ? null
                                : checkIn.functioningImpact().name())
                .setParameter("note", checkIn.note())
                .setParameter(
                        "medication",
                        checkIn.medicationAffectsFeeling() == null
                                ? null
                                : checkIn.medicationAffectsFeeling().name())
                .setParameter("clinician", clinicianId == null ? null : clinicianId.toString())
                .setParameter("clinicianName", clinicianName)
                .setParameter("now", now)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(row -> new Saved(
                        Rows.uuid(row, "id"),
                        row.get("created", Boolean.class),
                        Rows.instant(row, "updated_at"),
                        Rows.string(row, "entered_by_name")));
    }

    /**
     * What the flag rules read of each entry of a window, oldest first, by the (patient, day) index:
     * only the columns they need, not whole entries.
     */
    public List<EntryFacts> facts(UUID patientId, LocalDate from, LocalDate to) {
        // JPQL, not native SQL: its plan is cached, where a native query's columns are typed anew
        // from the result set's metadata on every call, and this runs on every journal write
        return em
                .createQuery(
                        "select e.id, e.entryDate, e.numbness, e.hopeless, e.functioningImpact, e.createdAt"
                                + " from JournalEntry e where e.patientId = :patientId"
                                + " and e.entryDate between :from and :to order by e.entryDate",
                        Object[].class)
                .setParameter("patientId", patientId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .stream()
                .map(r -> new EntryFacts(
                        (UUID) r[0],
                        (LocalDate) r[1],
                        ((Number) r[2]).intValue(),
                        (Boolean) r[3],
                        r[4] == null ? null : ((FunctioningImpact) r[4]).name(),
                        (Instant) r[5]))
                .toList();
    }

    /** One entry as the flag rules see it; {@code hopeless} and {@code functioningImpact} may be null. */
    public record EntryFacts(
            UUID id, LocalDate date, int numbness, Boolean hopeless, String functioningImpact, Instant createdAt) {}

    /** The days of a patient's entries in a window, newest first (reads the unique index only). */
    public List<LocalDate> datesBetween(UUID patientId, LocalDate from, LocalDate to) {
        return inWindow(JournalEntry.DATES_BETWEEN, LocalDate.class, patientId, from, to);
    }

    /** True when an entry from {@code from} to {@code to} answers the medication question. */
    public boolean answeredMedicationQuestion(UUID patientId, LocalDate from, LocalDate to) {
        return !inWindow(JournalEntry.MEDICATION_ANSWERED, LocalDate.class, patientId, from, to)
                .isEmpty();
    }

    /** A patient's entries in a window, newest first. */
    public List<JournalEntry> between(UUID patientId, LocalDate from, LocalDate to) {
        return inWindow(JournalEntry.BETWEEN, JournalEntry.class, patientId, from, to);
    }

    /** A named query over one patient's window of days, {@code from} and {@code to} included. */
    private <T> List<T> inWindow(String query, Class<T> type, UUID patientId, LocalDate from, LocalDate to) {
        return em.createNamedQuery(query, type)
                .setParameter("patientId", patientId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    private static Short smallint(Integer value) {
        return value == null ? null : value.shortValue();
    }
}
