package org.thaw.medication.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.thaw.medication.boundary.DoseUnit;
import org.thaw.medication.boundary.Frequency;

/**
 * One course of one drug for one patient, as a clinician recorded it. Never deleted: a correction
 * keeps the replaced values as a {@link MedicationCourseRevision}; a course recorded by mistake is
 * marked entered in error (who, when, why) and is then left out of the patient's list and the rules.
 */
@Entity
@Table(name = "medication_course")
@NamedQuery(
        name = MedicationCourse.OF_PATIENT,
        query = "select c from MedicationCourse c where c.patientId = :patientId"
                + " order by c.startedOn desc, c.createdAt desc")
@NamedQuery(
        name = MedicationCourse.ACTIVE_ON,
        query = "select count(c) from MedicationCourse c where c.patientId = :patientId"
                + " and c.enteredInErrorAt is null and c.startedOn <= :day"
                + " and (c.stoppedOn is null or c.stoppedOn >= :day)")
public class MedicationCourse {

    /** A patient's courses, entered in error included, the latest start first. */
    public static final String OF_PATIENT = "MedicationCourse.ofPatient";

    /** How many of a patient's courses, not entered in error, run on {@code :day}. */
    public static final String ACTIVE_ON = "MedicationCourse.activeOn";

    public static final int NAME_MAX = 200;
    public static final int PRESCRIBER_MAX = 200;
    public static final int REASON_MAX = 500;

    @Id
    private UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    private String rxnorm;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private boolean antidepressant;

    @Column(nullable = false, precision = 10, scale = 3)
    private BigDecimal dose;

    @Column(nullable = false)
    private DoseUnit unit;

    @Column(nullable = false)
    private Frequency frequency;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    private String prescriber;

    @Column(name = "stopped_on")
    private LocalDate stoppedOn;

    @Column(name = "stop_reason")
    private String stopReason;

    @Column(name = "entered_in_error_at")
    private Instant enteredInErrorAt;

    @Column(name = "entered_in_error_by")
    private String enteredInErrorBy;

    @Column(name = "entered_in_error_reason")
    private String enteredInErrorReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Version
    private long version;

    protected MedicationCourse() {
        // for JPA
    }

    public MedicationCourse(UUID patientId, CourseValues values, Instant createdAt, String createdBy) {
        this.id = UUID.randomUUID();
        this.patientId = patientId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        apply(values);
    }

    /** Replaces every value with {@code values}, returning the revision that keeps the old ones. */
    public MedicationCourseRevision correct(CourseValues values, Instant at, String by) {
        MedicationCourseRevision previous = new MedicationCourseRevision(id, values(), at, by);
        apply(values);
        return previous;
    }

    /** Ends the course on {@code on} for {@code reason} (may be null). */
    public void stop(LocalDate on, String reason) {
        this.stoppedOn = on;
        this.stopReason = reason;
    }

    /** Takes the course out of the patient's list and the rules; it stays in the record. */
    public void enterInError(String reason, Instant at, String by) {
        this.enteredInErrorReason = reason;
        this.enteredInErrorAt = at;
        this.enteredInErrorBy = by;
    }

    private void apply(CourseValues v) {
        this.rxnorm = v.rxnorm();
        this.name = v.name();
        this.antidepressant = v.antidepressant();
        this.dose = v.dose();
        this.unit = v.unit();
        this.frequency = v.frequency();
        this.startedOn = v.startedOn();
        this.prescriber = v.prescriber();
        this.stoppedOn = v.stoppedOn();
        this.stopReason = v.stopReason();
    }

    /** The course's values as they stand. */
    public CourseValues values() {
        return new CourseValues(
                rxnorm, name, antidepressant, dose, unit, frequency, startedOn, prescriber, stoppedOn, stopReason);
    }

    public UUID id() {
        return id;
    }

    public UUID patientId() {
        return patientId;
    }

    public boolean isEnteredInError() {
        return enteredInErrorAt != null;
    }

    public Instant enteredInErrorAt() {
        return enteredInErrorAt;
    }

    public String enteredInErrorBy() {
        return enteredInErrorBy;
    }

    public String enteredInErrorReason() {
        return enteredInErrorReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
