package org.thaw.screener.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A patient's own follow-up interval for an instrument (0: none). Set by one upsert
 * ({@code ScreenerStore.schedule}), so two clinicians setting it at once end as one row.
 */
@Entity
@Table(name = "screener_schedule")
@IdClass(ScreenerSchedule.Key.class)
@NamedQuery(
        name = ScreenerSchedule.OF_PATIENT,
        query = "select s.instrument as instrument, s.everyDays as everyDays"
                + " from ScreenerSchedule s where s.patientId = :patientId")
public class ScreenerSchedule {

    /** A patient's intervals (tuples: instrument, everyDays), read from the database each time. */
    public static final String OF_PATIENT = "ScreenerSchedule.ofPatient";

    /** The primary key: one interval per patient and instrument. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private UUID patientId;
        private String instrument;

        public Key() {
            // for JPA
        }

        public Key(UUID patientId, String instrument) {
            this.patientId = patientId;
            this.instrument = instrument;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(patientId, k.patientId)
                    && Objects.equals(instrument, k.instrument);
        }

        @Override
        public int hashCode() {
            return Objects.hash(patientId, instrument);
        }
    }

    @Id
    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Id
    @Column(nullable = false, updatable = false)
    private String instrument;

    @Column(name = "every_days", nullable = false)
    private int everyDays;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected ScreenerSchedule() {
        // for JPA: rows are written by the store's upsert
    }

    public UUID patientId() {
        return patientId;
    }

    public String instrument() {
        return instrument;
    }

    public int everyDays() {
        return everyDays;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
