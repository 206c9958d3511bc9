package org.thaw.patient.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.thaw.patient.boundary.CareTeamRole;

/**
 * One assignment of a clinician to a patient's care team. Active while {@code endedAt} is null;
 * ending it keeps the row, so the history of who could see the chart survives.
 */
@Entity
@Table(name = "care_team_member")
@NamedQuery(
        name = CareTeamMember.ACTIVE_FOR,
        query = "select count(m) from CareTeamMember m"
                + " where m.patient.id = :patientId and m.clinician.username = :username and m.endedAt is null")
@NamedQuery(
        name = CareTeamMember.PATIENTS_OF,
        query = "select p from CareTeamMember m join m.patient p"
                + " where m.clinician.username = :username and m.endedAt is null"
                + " order by p.lastName, p.firstName, p.id")
@NamedQuery(
        name = CareTeamMember.EMAILS_OF_TEAM,
        query = "select c.email from CareTeamMember m join m.clinician c"
                + " where m.patient.id = :patientId and m.endedAt is null and c.email is not null"
                + " and c.username <> :except")
@NamedQuery(
        name = CareTeamMember.ALL,
        query = "select m from CareTeamMember m join fetch m.clinician join fetch m.patient"
                + " order by m.assignedAt desc, m.id")
@NamedQuery(
        name = CareTeamMember.OF_PATIENT,
        query = "select m from CareTeamMember m join fetch m.clinician"
                + " where m.patient.id = :patientId order by m.assignedAt desc, m.id")
@NamedQuery(
        name = CareTeamMember.MEMBERS_OF_TEAM,
        query = "select c.email, c.language from CareTeamMember m join m.clinician c"
                + " where m.patient.id = :patientId and m.endedAt is null and c.email is not null"
                + " and c.username <> :except")
public class CareTeamMember {

    /** Every assignment, active and ended, with its clinician and patient, the latest first. */
    public static final String ALL = "CareTeamMember.all";

    /** One patient's assignments, active and ended, with their clinicians, the latest first. */
    public static final String OF_PATIENT = "CareTeamMember.ofPatient";

    /** Counts the active assignments of a clinician (by username) to a patient: 0 or 1. */
    public static final String ACTIVE_FOR = "CareTeamMember.activeFor";
    /** E-mail addresses of a patient's active care team, but for one clinician (by username). */
    public static final String EMAILS_OF_TEAM = "CareTeamMember.emailsOfTeam";
    /** E-mail address and language tag of a patient's active care team, but for one clinician (by username). */
    public static final String MEMBERS_OF_TEAM = "CareTeamMember.membersOfTeam";

    /** The patients a clinician (by username) is actively assigned to, by last name, first name. */
    public static final String PATIENTS_OF = "CareTeamMember.patientsOf";

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", nullable = false, updatable = false)
    private Patient patient;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clinician_id", nullable = false, updatable = false)
    private Clinician clinician;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CareTeamRole role;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected CareTeamMember() {
        // for JPA
    }

    public CareTeamMember(Patient patient, Clinician clinician, CareTeamRole role, Instant assignedAt) {
        this.id = UUID.randomUUID();
        this.patient = patient;
        this.clinician = clinician;
        this.role = role;
        this.assignedAt = assignedAt;
    }

    public boolean isActive() {
        return endedAt == null;
    }

    public void end(Instant at) {
        if (endedAt == null) {
            endedAt = at.isBefore(assignedAt) ? assignedAt : at;
        }
    }

    public CareTeamRole role() {
        return role;
    }

    public Patient patient() {
        return patient;
    }

    public Clinician clinician() {
        return clinician;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }
}
