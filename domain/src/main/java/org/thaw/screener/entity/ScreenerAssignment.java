package org.thaw.screener.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An instrument a clinician asked a patient for; open until the patient answers it after this. */
@Entity
@Table(name = "screener_assignment")
@NamedQuery(
        name = ScreenerAssignment.OPEN,
        query = "select a.instrument as instrument, min(a.assignedAt) as assignedAt"
                + " from ScreenerAssignment a where a.patientId = :patientId and not exists (select r.id from StoredResponse r"
                + "   where r.patientId = a.patientId and r.instrument = a.instrument"
                + "   and r.source = :patient and r.submittedAt > a.assignedAt)"
                + " group by a.instrument")
public class ScreenerAssignment {

    /** Instruments asked for and not answered since (tuples: instrument, assignedAt: the first ask). */
    public static final String OPEN = "ScreenerAssignment.open";

    @Id
    private UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Column(nullable = false, updatable = false)
    private String instrument;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Column(name = "assigned_by", nullable = false, updatable = false)
    private String assignedBy;

    protected ScreenerAssignment() {
        // for JPA
    }

    public ScreenerAssignment(UUID patientId, String instrument, Instant assignedAt, String assignedBy) {
        this.id = UUID.randomUUID();
        this.patientId = Objects.requireNonNull(patientId, "patientId");
        this.instrument = Objects.requireNonNull(instrument, "instrument");
        this.assignedAt = Objects.requireNonNull(assignedAt, "assignedAt");
        this.assignedBy = Objects.requireNonNull(assignedBy, "assignedBy");
    }

    public UUID id() {
        return id;
    }
}
