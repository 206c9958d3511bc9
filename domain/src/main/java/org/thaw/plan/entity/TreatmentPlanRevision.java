package org.thaw.plan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One save of a plan, kept whole: the plan as it stood after it ({@code snapshot}) and what changed
 * ({@code changes}), both {@code jsonb} text written by the store's insert and never changed.
 */
@Entity
@Table(name = "treatment_plan_revision")
@NamedQuery(
        name = TreatmentPlanRevision.OF_PLAN,
        query = "select r from TreatmentPlanRevision r where r.planId = :planId order by r.number desc")
@NamedQuery(
        name = TreatmentPlanRevision.COUNT_OF_PLAN,
        query = "select count(r) from TreatmentPlanRevision r where r.planId = :planId")
@NamedQuery(
        name = TreatmentPlanRevision.BY_NUMBER,
        query = "select r from TreatmentPlanRevision r where r.planId = :planId and r.number in :numbers")
public class TreatmentPlanRevision {

    /** A plan's revisions, newest first. */
    public static final String OF_PLAN = "TreatmentPlanRevision.ofPlan";

    public static final String COUNT_OF_PLAN = "TreatmentPlanRevision.countOfPlan";

    /** Some revisions of a plan by number. */
    public static final String BY_NUMBER = "TreatmentPlanRevision.byNumber";

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false, updatable = false, insertable = false)
    private UUID planId;

    @Column(nullable = false, updatable = false, insertable = false)
    private int number;

    @Column(name = "saved_at", nullable = false, updatable = false, insertable = false)
    private Instant savedAt;

    @Column(name = "saved_by", nullable = false, updatable = false, insertable = false)
    private String savedBy;

    @Column(columnDefinition = "jsonb", nullable = false, updatable = false, insertable = false)
    private String snapshot;

    @Column(columnDefinition = "jsonb", nullable = false, updatable = false, insertable = false)
    private String changes;

    protected TreatmentPlanRevision() {
        // for JPA
    }

    public UUID id() {
        return id;
    }

    public int number() {
        return number;
    }

    public Instant savedAt() {
        return savedAt;
    }

    public String savedBy() {
        return savedBy;
    }

    /** The plan after this save as JSON ({@code PlanContent}). */
    public String snapshot() {
        return snapshot;
    }

    /** What changed as a JSON array of sentences. */
    public String changes() {
        return changes;
    }
}
