package org.thaw.plan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One homework item of a plan, with a stable id across revisions (an edited item keeps it). Taken
 * off the plan, it is marked removed and kept with its check-offs.
 */
@Entity
@Table(name = "plan_homework")
@NamedQuery(
        name = PlanHomework.OF_PLAN,
        query = "select h from PlanHomework h where h.planId = :planId order by h.removedAt nulls first, h.position")
public class PlanHomework {

    /** A plan's homework, removed items included (last), current ones in their order. */
    public static final String OF_PLAN = "PlanHomework.ofPlan";

    public static final int TEXT_MAX = 500;

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private UUID planId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    protected PlanHomework() {
        // for JPA
    }

    public PlanHomework(UUID id, UUID planId, Instant createdAt) {
        this.id = id;
        this.planId = planId;
        this.createdAt = createdAt;
    }

    public void set(int position, String text) {
        this.position = position;
        this.text = text;
        this.removedAt = null;
    }

    public void remove(Instant now) {
        if (removedAt == null) {
            removedAt = now;
        }
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

    public String text() {
        return text;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }
}
