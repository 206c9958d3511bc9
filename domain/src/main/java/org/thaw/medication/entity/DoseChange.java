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

/** A course's dose from a day on, with the unit and frequency in force from then. Never changed once written. */
@Entity
@Table(name = "dose_change")
@NamedQuery(
        name = DoseChange.OF_COURSES,
        query = "select d from DoseChange d where d.courseId in :courseIds order by d.changedOn, d.enteredAt")
public class DoseChange {

    /** The dose changes of some courses, in the order they took effect. */
    public static final String OF_COURSES = "DoseChange.ofCourses";

    @Id
    private UUID id;

    @Column(name = "course_id", nullable = false, updatable = false)
    private UUID courseId;

    @Column(name = "changed_on", nullable = false, updatable = false)
    private LocalDate changedOn;

    @Column(nullable = false, updatable = false, precision = 10, scale = 3)
    private BigDecimal dose;

    @Column(nullable = false, updatable = false)
    private DoseUnit unit;

    @Column(nullable = false, updatable = false)
    private Frequency frequency;

    @Column(name = "entered_by", nullable = false, updatable = false)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false, updatable = false)
    private Instant enteredAt;

    protected DoseChange() {
        // for JPA
    }

    public DoseChange(
            UUID courseId,
            LocalDate changedOn,
            BigDecimal dose,
            DoseUnit unit,
            Frequency frequency,
            String enteredBy,
            Instant enteredAt) {
        this.id = UUID.randomUUID();
        this.courseId = courseId;
        this.changedOn = changedOn;
        this.dose = dose;
        this.unit = unit;
        this.frequency = frequency;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    public UUID id() {
        return id;
    }

    public UUID courseId() {
        return courseId;
    }

    public LocalDate changedOn() {
        return changedOn;
    }

    public BigDecimal dose() {
        return dose;
    }

    public DoseUnit unit() {
        return unit;
    }

    public Frequency frequency() {
        return frequency;
    }

    public String enteredBy() {
        return enteredBy;
    }

    public Instant enteredAt() {
        return enteredAt;
    }
}
