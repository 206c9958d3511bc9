package org.thaw.journal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.thaw.journal.boundary.FunctioningImpact;
import org.thaw.journal.boundary.MedicationAffectsFeeling;

/**
 * One day's journal entry of one patient: the daily check-in. Written only through {@code
 * JournalStore.upsert} (one statement, so a double submit stays one row); read through JPA.
 *
 * <p>The two code lists are PostgreSQL {@code varchar(32)[]} columns held in {@code String[]}
 * fields: Hibernate 6 maps a basic array to the SQL array type by default, so the entity needs no
 * provider-specific annotation and the domain keeps compiling against the Jakarta APIs only.
 */
@Entity
@Table(name = "journal_entry")
@NamedQuery(
        name = JournalEntry.BETWEEN,
        query = "select e from JournalEntry e where e.patientId = :patientId"
                + " and e.entryDate between :from and :to order by e.entryDate desc")
@NamedQuery(
        name = JournalEntry.DATES_BETWEEN,
        query = "select e.entryDate from JournalEntry e where e.patientId = :patientId"
                + " and e.entryDate between :from and :to order by e.entryDate desc")
@NamedQuery(
        name = JournalEntry.MEDICATION_ANSWERED,
        query = "select e.entryDate from JournalEntry e where e.patientId = :patientId"
                + " and e.entryDate between :from and :to and e.medicationAffectsFeeling is not null")
public class JournalEntry {

    /** A patient's entries from {@code :from} to {@code :to} (inclusive), newest first. */
    public static final String BETWEEN = "JournalEntry.between";

    /** Only the days of a patient's entries from {@code :from} to {@code :to}, newest first. */
    public static final String DATES_BETWEEN = "JournalEntry.datesBetween";

    /** The days from {@code :from} to {@code :to} whose entry answers the medication question. */
    public static final String MEDICATION_ANSWERED = "JournalEntry.medicationAnswered";

    public static final int NOTE_MAX = 2000;

    @Id
    private UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Column(name = "entry_date", nullable = false, updatable = false)
    private LocalDate entryDate;

    @Min(0)
    @Max(10)
    @Column(nullable = false)
    private short numbness;

    @Min(0)
    @Max(10)
    @Column(name = "positive_intensity")
    private Short positiveIntensity;

    @Min(0)
    @Max(10)
    @Column(name = "negative_intensity")
    private Short negativeIntensity;

    @Column(nullable = false)
    private String[] emotions;

    @DecimalMin("0")
    @DecimalMax("24")
    @Column(name = "sleep_hours", precision = 3, scale = 1)
    private BigDecimal sleepHours;

    @Min(0)
    @Max(1440)
    @Column(name = "activity_minutes")
    private Short activityMinutes;

    @Column(name = "meaningful_contact")
    private Boolean meaningfulContact;

    @Column(name = "coping_tried", nullable = false)
    private String[] copingTried;

    private Boolean hopeless;

    @Enumerated(EnumType.STRING)
    @Column(name = "functioning_impact", length = 16)
    private FunctioningImpact functioningImpact;

    @Size(max = NOTE_MAX)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "medication_affects_feeling", length = 8)
    private MedicationAffectsFeeling medicationAffectsFeeling;

    /** The clinician who typed the entry in from the patient's paper diary, else null (the patient's own). */
    @Column(name = "entered_by_clinician", updatable = false)
    private UUID enteredByClinician;

    @Column(name = "entered_by_name", updatable = false)
    private String enteredByName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected JournalEntry() {
        // for JPA
    }

    public UUID id() {
        return id;
    }

    public UUID patientId() {
        return patientId;
    }

    public LocalDate entryDate() {
        return entryDate;
    }

    public int numbness() {
        return numbness;
    }

    /** What was reported for the day, as it was stored. */
    public CheckIn checkIn() {
        return new CheckIn(
                numbness,
                integer(positiveIntensity),
                integer(negativeIntensity),
                list(emotions),
                sleepHours,
                integer(activityMinutes),
                meaningfulContact,
                list(copingTried),
                hopeless,
                functioningImpact,
                note,
                medicationAffectsFeeling);
    }

    /** The name of the clinician who typed this entry in from a paper diary, or null for the patient's own. */
    public String enteredByName() {
        return enteredByName;
    }

    public String note() {
        return note;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    private static Integer integer(Short value) {
        return value == null ? null : value.intValue();
    }

    private static List<String> list(String[] codes) {
        return codes == null ? List.of() : List.of(codes);
    }
}
