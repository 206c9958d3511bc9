package org.thaw.journal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One day's journal entry of one patient. */
@Entity
@Table(name = "journal_entry")
@NamedQuery(
        name = JournalEntry.BETWEEN,
        query = "select e from JournalEntry e where e.patientId = :patientId"
                + " and e.entryDate between :from and :to order by e.entryDate desc")
public class JournalEntry {

    /** A patient's entries from {@code :from} to {@code :to} (inclusive), newest first. */
    public static final String BETWEEN = "JournalEntry.between";

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

    @Size(max = NOTE_MAX)
    private String note;

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

    public String note() {
        return note;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
