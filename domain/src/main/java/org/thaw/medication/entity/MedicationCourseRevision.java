package org.thaw.medication.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.thaw.medication.boundary.DoseUnit;
import org.thaw.medication.boundary.Frequency;

/** The values a correction replaced, with who corrected them and when. Never changed once written. */
@Entity
@Table(name = "medication_course_revision")
@NamedQuery(
        name = MedicationCourseRevision.OF_COURSES,
        query = "select r from MedicationCourseRevision r where r.courseId in :courseIds order by r.revisedAt")
public class MedicationCourseRevision {

    /** The revisions of some courses, oldest first. */
    public static final String OF_COURSES = "MedicationCourseRevision.ofCourses";

    @Id
    private UUID id;

    @Column(name = "course_id", nullable = false, updatable = false)
    private UUID courseId;

    @Column(name = "revised_at", nullable = false, updatable = false)
    private Instant revisedAt;

    @Column(name = "revised_by", nullable = false, updatable = false)
    private String revisedBy;

    @Column(updatable = false)
    private String rxnorm;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private boolean antidepressant;

    @Column(nullable = false, updatable = false, precision = 10, scale = 3)
    private BigDecimal dose;

    @Column(nullable = false, updatable = false)
    private DoseUnit unit;

    @Column(nullable = false, updatable = false)
    private Frequency frequency;

    @Column(name = "started_on", nullable = false, updatable = false)
    private LocalDate startedOn;

    @Column(updatable = false)
    private String prescriber;

    @Column(name = "stopped_on", updatable = false)
    private LocalDate stoppedOn;

    @Column(name = "stop_reason", updatable = false)
    private String stopReason;

    protected MedicationCourseRevision() {
        // for JPA
    }

    MedicationCourseRevision(UUID courseId, CourseValues previous, Instant revisedAt, String revisedBy) {
        this.id = UUID.randomUUID();
        this.courseId = courseId;
        this.revisedAt = revisedAt;
        this.revisedBy = revisedBy;
        this.rxnorm = previous.rxnorm();
        this.name = previous.name();
        this.antidepressant = previous.antidepressant();
        this.dose = previous.dose();
        this.unit = previous.unit();
        this.frequency = previous.frequency();
        this.startedOn = previous.startedOn();
        this.prescriber = previous.prescriber();
        this.stoppedOn = previous.stoppedOn();
        this.stopReason = previous.stopReason();
    }

    public UUID id() {
        return id;
    }

    public UUID courseId() {
        return courseId;
    }

    public Instant revisedAt() {
        return revisedAt;
    }

    public String revisedBy() {
        return revisedBy;
    }

    /** The values as they were before this correction. */
    public CourseValues previous() {
        return new CourseValues(
                rxnorm, name, antidepressant, dose, unit, frequency, startedOn, prescriber, stoppedOn, stopReason);
    }
}
