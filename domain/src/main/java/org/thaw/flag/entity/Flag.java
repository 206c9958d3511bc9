package org.thaw.flag.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.thaw.flag.boundary.FlagStatus;
import org.thaw.flag.boundary.FlagType;
import org.thaw.flag.boundary.Severity;

/**
 * A concern the engine raised about one patient, with its evidence. At most one open or
 * acknowledged flag of a type per patient (a partial unique index says so too).
 */
@Entity
@Table(name = "flag")
@NamedQuery(
        name = Flag.ACTIVE_OF_TYPE,
        query = "select f from Flag f where f.patientId = :patientId and f.type = :type and f.status <> :resolved")
@NamedQuery(
        name = Flag.LAST_RESOLVED_AT,
        query = "select max(f.resolvedAt) from Flag f where f.patientId = :patientId and f.type = :type")
@NamedQuery(name = Flag.ACTIVE, query = "select f from Flag f where f.patientId = :patientId and f.status <> :resolved")
@NamedQuery(
        name = Flag.STANDING,
        query = "select f from Flag f where f.patientId = :patientId and (f.status <> :resolved"
                + " or f.resolvedAt = (select max(g.resolvedAt) from Flag g"
                + " where g.patientId = :patientId and g.type = f.type))")
@NamedQuery(
        name = Flag.OF_PATIENT,
        query = "select f from Flag f where f.patientId = :patientId order by f.openedAt desc")
public class Flag {

    public static final String ACTIVE_OF_TYPE = "Flag.activeOfType";
    public static final String LAST_RESOLVED_AT = "Flag.lastResolvedAt";
    public static final String ACTIVE = "Flag.active";
    /** A patient's open or acknowledged flags and the last resolved flag of each type: what a journal write's rules start from. */
    public static final String STANDING = "Flag.standing";

    public static final String OF_PATIENT = "Flag.ofPatient";

    @Id
    private UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private FlagType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FlagStatus status;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "last_evidence_at", nullable = false)
    private Instant lastEvidenceAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "resolution_note")
    private String resolutionNote;

    @Column(name = "reopened_at")
    private Instant reopenedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "flag", cascade = CascadeType.PERSIST)
    @OrderBy("recordedAt")
    private List<FlagEvidence> evidence = new ArrayList<>();

    protected Flag() {
        // for JPA
    }

    /** Opens a flag on its first evidence. */
    public static Flag open(UUID patientId, FlagType type, Severity severity, Instant at, Evidence first) {
        Flag flag = new Flag();
        flag.id = UUID.randomUUID();
        flag.patientId = Objects.requireNonNull(patientId);
        flag.type = Objects.requireNonNull(type);
        flag.severity = Objects.requireNonNull(severity);
        flag.status = FlagStatus.OPEN;
        flag.openedAt = at;
        flag.lastEvidenceAt = at;
        flag.evidence.add(new FlagEvidence(flag, at, first));
        return flag;
    }

    /**
     * Adds evidence unless it repeats the newest one word for word (a re-evaluation of the same
     * facts); returns whether it was added.
     */
    public boolean addEvidence(Evidence more, Instant at) {
        if (!evidence.isEmpty() && evidence.get(evidence.size() - 1).sameAs(more)) {
            return false;
        }
        evidence.add(new FlagEvidence(this, at, more));
        lastEvidenceAt = at;
        return true;
    }

    /**
     * New evidence for this flag, to be persisted by the caller, without loading the evidence
     * already recorded (an open flag may gather a year of it): the caller checks for repeats
     * with a query.
     */
    public FlagEvidence newEvidence(Evidence more, Instant at) {
        lastEvidenceAt = at;
        return new FlagEvidence(this, at, more);
    }

    /** Raises the severity, never lowers it (see {@link #settle}). */
    public void raiseTo(Severity wanted) {
        if (wanted.isAbove(severity)) {
            severity = wanted;
        }
    }

    /** Sets the severity a rule computes from the situation (may lower an escalation that no longer holds). */
    public void settle(Severity computed) {
        severity = computed;
    }

    public void acknowledge(String by, Instant at) {
        if (status == FlagStatus.OPEN) {
            status = FlagStatus.ACKNOWLEDGED;
            acknowledgedAt = at;
            acknowledgedBy = by;
        }
    }

    /**
     * Sets an ACKNOWLEDGED flag back to OPEN, e.g. on a new safety answer: it needs acknowledging
     * again. Who acknowledged it before stays on record; {@link #reopenedAt()} says since when it is
     * open again. An open or resolved flag is left as it is.
     */
    public boolean reopen(Instant at) {
        if (status != FlagStatus.ACKNOWLEDGED) {
            return false;
        }
        status = FlagStatus.OPEN;
        reopenedAt = at;
        return true;
    }

    public void resolve(String by, Instant at, String note) {
        if (status == FlagStatus.RESOLVED) {
            throw new IllegalStateException("flag already resolved");
        }
        status = FlagStatus.RESOLVED;
        resolvedAt = at;
        resolvedBy = by;
        resolutionNote = note;
        if (acknowledgedAt == null) {
            acknowledgedAt = at;
            acknowledgedBy = by;
        }
    }

    public boolean isActive() {
        return status != FlagStatus.RESOLVED;
    }

    public UUID id() {
        return id;
    }

    public UUID patientId() {
        return patientId;
    }

    public FlagType type() {
        return type;
    }

    public Severity severity() {
        return severity;
    }

    public FlagStatus status() {
        return status;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant lastEvidenceAt() {
        return lastEvidenceAt;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public String acknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public String resolvedBy() {
        return resolvedBy;
    }

    public String resolutionNote() {
        return resolutionNote;
    }

    /** When new evidence set this flag back from ACKNOWLEDGED to OPEN (the last time), or null. */
    public Instant reopenedAt() {
        return reopenedAt;
    }

    public List<FlagEvidence> evidence() {
        return List.copyOf(evidence);
    }
}
