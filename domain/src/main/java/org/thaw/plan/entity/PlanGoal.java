package org.thaw.plan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.thaw.plan.boundary.Comparison;
import org.thaw.plan.boundary.GoalKind;

/**
 * One goal of a plan, with a stable id across revisions. Taken off the plan, it is marked removed
 * and kept, so the reviews that name it still do. A TEXT goal is marked met by a clinician.
 */
@Entity
@Table(name = "plan_goal")
@NamedQuery(
        name = PlanGoal.OF_PLAN,
        query = "select g from PlanGoal g where g.planId = :planId order by g.removedAt nulls first, g.position")
public class PlanGoal {

    /** A plan's goals, removed ones included (last), current ones in their order. */
    public static final String OF_PLAN = "PlanGoal.ofPlan";

    public static final int TEXT_MAX = 500;
    public static final int COMMENT_MAX = 2000;

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private UUID planId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GoalKind kind;

    private String instrument;

    private Integer target;

    @Enumerated(EnumType.STRING)
    private Comparison comparison;

    @Column(name = "target_date")
    private LocalDate targetDate;

    private String measure;

    private Integer days;

    private String text;

    @Column(name = "clinician_comment")
    private String clinicianComment;

    @Column(name = "met_at")
    private Instant metAt;

    @Column(name = "met_by")
    private String metBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    protected PlanGoal() {
        // for JPA
    }

    public PlanGoal(UUID id, UUID planId, Instant createdAt) {
        this.id = id;
        this.planId = planId;
        this.createdAt = createdAt;
    }

    /** Every value the clinician writes, replaced; a goal that becomes another kind loses a mark of met. */
    public void set(
            int position,
            GoalKind kind,
            String instrument,
            Integer target,
            Comparison comparison,
            LocalDate targetDate,
            String measure,
            Integer days,
            String text,
            String clinicianComment) {
        if (this.kind != null && this.kind != kind) {
            this.metAt = null;
            this.metBy = null;
        }
        this.position = position;
        this.kind = kind;
        this.instrument = instrument;
        this.target = target;
        this.comparison = comparison;
        this.targetDate = targetDate;
        this.measure = measure;
        this.days = days;
        this.text = text;
        this.clinicianComment = clinicianComment;
        this.removedAt = null;
    }

    public void remove(Instant now) {
        if (removedAt == null) {
            removedAt = now;
        }
    }

    /** Marks the goal met (or not met again). */
    public void markMet(boolean met, Instant now, String by) {
        this.metAt = met ? now : null;
        this.metBy = met ? by : null;
    }

    public UUID id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    public int position() {
        return position;
    }

    public GoalKind kind() {
        return kind;
    }

    public String instrument() {
        return instrument;
    }

    public Integer target() {
        return target;
    }

    public Comparison comparison() {
        return comparison;
    }

    public LocalDate targetDate() {
        return targetDate;
    }

    public String measure() {
        return measure;
    }

    public Integer days() {
        return days;
    }

    public String text() {
        return text;
    }

    public String clinicianComment() {
        return clinicianComment;
    }

    public Instant metAt() {
        return metAt;
    }

    public String metBy() {
        return metBy;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }
}
