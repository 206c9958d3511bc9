package org.thaw.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.thaw.account.boundary.InvitationStatus;
import org.thaw.patient.entity.Clinician;
import org.thaw.patient.entity.Patient;

/**
 * The invitation that offered a person their account: when it was (last) sent, until when its
 * link works, whether it was cancelled, and when Thaw first saw the account set up.
 */
@Entity
@Table(name = "invitation")
@NamedQuery(name = Invitation.OF_PATIENT, query = "select i from Invitation i where i.patient.id = :patientId")
@NamedQuery(name = Invitation.OF_CLINICIAN, query = "select i from Invitation i where i.clinician.id = :clinicianId")
public class Invitation {

    public static final String OF_PATIENT = "Invitation.ofPatient";
    public static final String OF_CLINICIAN = "Invitation.ofClinician";

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "patient_id", updatable = false)
    private Patient patient;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "clinician_id", updatable = false)
    private Clinician clinician;

    @Column(name = "keycloak_user_id", nullable = false, updatable = false)
    private String keycloakUserId;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "sent_by", nullable = false)
    private String sentBy;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    @Version
    private long version;

    protected Invitation() {
        // for JPA
    }

    private Invitation(
            Patient patient, Clinician clinician, String keycloakUserId, String by, Instant at, Instant until) {
        if (!until.isAfter(at)) {
            throw new IllegalArgumentException("an invitation expires after it is sent");
        }
        this.id = UUID.randomUUID();
        this.patient = patient;
        this.clinician = clinician;
        this.keycloakUserId = keycloakUserId;
        this.sentBy = by;
        this.sentAt = at;
        this.expiresAt = until;
    }

    public static Invitation ofPatient(Patient patient, String keycloakUserId, String by, Instant at, Instant until) {
        return new Invitation(patient, null, keycloakUserId, by, at, until);
    }

    public static Invitation ofClinician(
            Clinician clinician, String keycloakUserId, String by, Instant at, Instant until) {
        return new Invitation(null, clinician, keycloakUserId, by, at, until);
    }

    public UUID id() {
        return id;
    }

    public String keycloakUserId() {
        return keycloakUserId;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Optional<Instant> acceptedAt() {
        return Optional.ofNullable(acceptedAt);
    }

    /**
     * ACCEPTED once the account was seen set up (that stays), else CANCELLED, else EXPIRED from
     * {@code expiresAt} on, else SENT.
     */
    public InvitationStatus status(Instant now) {
        if (acceptedAt != null) {
            return InvitationStatus.ACCEPTED;
        }
        if (cancelledAt != null) {
            return InvitationStatus.CANCELLED;
        }
        return now.isBefore(expiresAt) ? InvitationStatus.SENT : InvitationStatus.EXPIRED;
    }

    /** Records that the account has no required action left; the first time counts. */
    public void accepted(Instant at) {
        if (acceptedAt == null) {
            acceptedAt = at;
        }
    }

    /** Sent again (a new link, a new expiry); a cancelled invitation is open again. */
    public void resent(String by, Instant at, Instant until) {
        if (acceptedAt != null) {
            throw new IllegalStateException("an accepted invitation is not sent again");
        }
        if (!until.isAfter(at)) {
            throw new IllegalArgumentException("an invitation expires after it is sent");
        }
        sentBy = by;
        sentAt = at;
        expiresAt = until;
        cancelledAt = null;
        cancelledBy = null;
    }

    /** Cancelled: its link no longer opens the account. Cancelling twice keeps the first. */
    public void cancel(String by, Instant at) {
        if (acceptedAt != null) {
            throw new IllegalStateException("an accepted invitation cannot be cancelled");
        }
        if (cancelledAt == null) {
            cancelledAt = at;
            cancelledBy = by;
        }
    }
}
