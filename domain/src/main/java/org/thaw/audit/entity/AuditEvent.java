package org.thaw.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One access to health data: who, what, when (UTC), which patient, and how it ended. Immutable. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_subject", updatable = false)
    private String actorSubject;

    @Column(name = "actor_username", updatable = false)
    private String actorUsername;

    @Column(name = "actor_role", updatable = false)
    private String actorRole;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "record_type", nullable = false, updatable = false)
    private String recordType;

    @Column(name = "record_id", updatable = false)
    private String recordId;

    @Column(name = "patient_id", updatable = false)
    private UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Outcome outcome;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(
            Instant occurredAt,
            String actorSubject,
            String actorUsername,
            String actorRole,
            String action,
            String recordType,
            String recordId,
            UUID patientId,
            Outcome outcome) {
        this.occurredAt = occurredAt;
        this.actorSubject = actorSubject;
        this.actorUsername = actorUsername;
        this.actorRole = actorRole;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.patientId = patientId;
        this.outcome = outcome;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actorUsername() {
        return actorUsername;
    }

    public String actorRole() {
        return actorRole;
    }

    public String recordId() {
        return recordId;
    }

    public String action() {
        return action;
    }

    public String recordType() {
        return recordType;
    }

    public UUID patientId() {
        return patientId;
    }

    public Outcome outcome() {
        return outcome;
    }
}
