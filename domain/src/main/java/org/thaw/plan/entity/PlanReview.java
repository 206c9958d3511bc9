package org.thaw.plan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A review of a plan by its care team: when, by whom, a note and the next review day. Never changed. */
@Entity
@Table(name = "plan_review")
@NamedQuery(
        name = PlanReview.OF_PLAN,
        query = "select r from PlanReview r where r.planId = :planId order by r.reviewedAt desc")
public class PlanReview {

    /** A plan's reviews, newest first. */
    public static final String OF_PLAN = "PlanReview.ofPlan";

    public static final int NOTE_MAX = 4000;

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private UUID planId;

    @Column(name = "reviewed_on", nullable = false, updatable = false)
    private LocalDate reviewedOn;

    @Column(name = "reviewed_at", nullable = false, updatable = false)
    private Instant reviewedAt;

    @Column(name = "reviewed_by", nullable = false, updatable = false)
    private String reviewedBy;

    @Column(updatable = false)
    private String note;

    @Column(name = "next_review_on", nullable = false, updatable = false)
    private LocalDate nextReviewOn;

    protected PlanReview() {
        // for JPA
    }

    public PlanReview(
            UUID planId, LocalDate reviewedOn, Instant reviewedAt, String reviewedBy, String note, LocalDate next) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.reviewedOn = reviewedOn;
        this.reviewedAt = reviewedAt;
        this.reviewedBy = reviewedBy;
        this.note = note;
        this.nextReviewOn = next;
    }

    public UUID id() {
        return id;
    }

    public LocalDate reviewedOn() {
        return reviewedOn;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public String note() {
        return note;
    }

    public LocalDate nextReviewOn() {
        return nextReviewOn;
    }
}
