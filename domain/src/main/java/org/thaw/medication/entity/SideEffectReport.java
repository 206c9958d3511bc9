package org.thaw.medication.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A patient's side-effect report: the course it is about (null: "not sure"), emotional blunting
 * 0–10, other effects (catalogue codes, a {@code varchar(32)[]} column as in the journal), a note,
 * since when, and the day (in the patient's zone) and time it was made. Never changed once written.
 */
@Entity
@Table(name = "side_effect_report")
@NamedQuery(
        name = SideEffectReport.OF_PATIENT,
        query = "select r from SideEffectReport r where r.patientId = :patientId order by r.reportedAt desc")
public class SideEffectReport {

    /** A patient's reports, newest first. */
    public static final String OF_PATIENT = "SideEffectReport.ofPatient";

    public static final int NOTE_MAX = 2000;

    @Id
    private UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Column(name = "course_id", updatable = false)
    private UUID courseId;

    @Column(nullable = false, updatable = false)
    private short blunting;

    @Column(nullable = false, updatable = false)
    private String[] effects;

    @Column(updatable = false)
    private String note;

    @Column(updatable = false)
    private LocalDate since;

    @Column(name = "reported_on", nullable = false, updatable = false)
    private LocalDate reportedOn;

    @Column(name = "reported_at", nullable = false, updatable = false)
    private Instant reportedAt;

    protected SideEffectReport() {
        // for JPA
    }

    public SideEffectReport(
            UUID patientId,
            UUID courseId,
            int blunting,
            List<String> effects,
            String note,
            LocalDate since,
            LocalDate reportedOn,
            Instant reportedAt) {
        this.id = UUID.randomUUID();
        this.patientId = patientId;
        this.courseId = courseId;
        this.blunting = (short) blunting;
        this.effects = effects.toArray(String[]::new);
        this.note = note;
        this.since = since;
        this.reportedOn = reportedOn;
        this.reportedAt = reportedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID patientId() {
        return patientId;
    }

    public UUID courseId() {
        return courseId;
    }

    public int blunting() {
        return blunting;
    }

    public List<String> effects() {
        return effects == null ? List.of() : List.of(effects);
    }

    public String note() {
        return note;
    }

    public LocalDate since() {
        return since;
    }

    public LocalDate reportedOn() {
        return reportedOn;
    }

    public Instant reportedAt() {
        return reportedAt;
    }
}
