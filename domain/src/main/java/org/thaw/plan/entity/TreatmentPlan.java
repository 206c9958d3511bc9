package org.thaw.plan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A patient's current treatment plan (one per patient): the problem, the clinician-only private
 * note, the review day, when it started (its first revision) and its last save. Its goals,
 * interventions and homework are rows of their own; every save is also kept whole as a {@link
 * TreatmentPlanRevision}. {@code version} is JPA's optimistic lock: of two saves from the same
 * version, the second fails.
 */
@Entity
@Table(name = "treatment_plan")
@NamedQuery(name = TreatmentPlan.OF_PATIENT, query = "select p from TreatmentPlan p where p.patientId = :patientId")
public class TreatmentPlan {

    /** The plan of a patient, if any. */
    public static final String OF_PATIENT = "TreatmentPlan.ofPatient";

    public static final int PROBLEM_MAX = 2000;
    public static final int NOTE_MAX = 4000;

    @Id
    private UUID id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private UUID patientId;

    @Column(nullable = false)
    private String problem;

    @Column(name = "private_note")
    private String privateNote;

    @Column(name = "review_on", nullable = false)
    private LocalDate reviewOn;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(nullable = false)
    private int revision;

    @Version
    private long version;

    protected TreatmentPlan() {
        // for JPA
    }

    /** A new plan, its first revision saved now. */
    public TreatmentPlan(
            UUID patientId, String problem, String privateNote, LocalDate reviewOn, Instant now, String by) {
        this.id = UUID.randomUUID();
        this.patientId = patientId;
        this.problem = problem;
        this.privateNote = privateNote;
        this.reviewOn = reviewOn;
        this.startedAt = now;
        this.updatedAt = now;
        this.updatedBy = by;
        this.revision = 1;
    }

    /** A further save: the plan's own values replaced, the revision counted on. */
    public void revise(String problem, String privateNote, LocalDate reviewOn, Instant now, String by) {
        this.problem = problem;
        this.privateNote = privateNote;
        this.reviewOn = reviewOn;
        touched(now, by);
    }

    /** A change of a goal or the review day that is a revision of its own. */
    public void touched(Instant now, String by) {
        this.updatedAt = now;
        this.updatedBy = by;
        this.revision++;
    }

    /** A review set the next review day (not a revision: the review is its own record). */
    public void nextReviewOn(LocalDate day) {
        this.reviewOn = day;
    }

    public UUID id() {
        return id;
    }

    public UUID patientId() {
        return patientId;
    }

    public String problem() {
        return problem;
    }

    public String privateNote() {
        return privateNote;
    }

    public LocalDate reviewOn() {
        return reviewOn;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public int revision() {
        return revision;
    }

    public long version() {
        return version;
    }
}
