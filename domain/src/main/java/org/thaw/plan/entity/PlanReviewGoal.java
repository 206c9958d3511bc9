package org.thaw.plan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.thaw.plan.boundary.GoalProgress;
import org.thaw.screener.boundary.ChangeLabel;

/** One goal in a review: the goal as described then, its progress as it stood, and the note. Never changed. */
@Entity
@Table(name = "plan_review_goal")
@NamedQuery(
        name = PlanReviewGoal.OF_REVIEWS,
        query = "select g from PlanReviewGoal g where g.reviewId in :reviewIds order by g.position")
public class PlanReviewGoal {

    /** The lines of some reviews, in order. */
    public static final String OF_REVIEWS = "PlanReviewGoal.ofReviews";

    public static final int NOTE_MAX = 2000;

    @Id
    private UUID id;

    @Column(name = "review_id", nullable = false, updatable = false)
    private UUID reviewId;

    @Column(name = "goal_id", nullable = false, updatable = false)
    private UUID goalId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, updatable = false)
    private String description;

    @Column(updatable = false, precision = 7, scale = 2)
    private BigDecimal baseline;

    @Column(name = "baseline_on", updatable = false)
    private LocalDate baselineOn;

    @Column(name = "current_value", updatable = false, precision = 7, scale = 2)
    private BigDecimal current;

    @Column(name = "current_on", updatable = false)
    private LocalDate currentOn;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ChangeLabel change;

    @Column(updatable = false)
    private Integer entries;

    @Column(name = "entries_needed", updatable = false)
    private Integer entriesNeeded;

    @Column(nullable = false, updatable = false)
    private boolean met;

    @Column(nullable = false, updatable = false)
    private String summary;

    @Column(updatable = false)
    private String note;

    protected PlanReviewGoal() {
        // for JPA
    }

    public PlanReviewGoal(
            UUID reviewId, UUID goalId, int position, String description, GoalProgress progress, String note) {
        this.id = UUID.randomUUID();
        this.reviewId = reviewId;
        this.goalId = goalId;
        this.position = position;
        this.description = description;
        this.baseline = progress.baseline();
        this.baselineOn = progress.baselineOn();
        this.current = progress.current();
        this.currentOn = progress.currentOn();
        this.change = progress.change();
        this.entries = progress.entries();
        this.entriesNeeded = progress.entriesNeeded();
        this.met = progress.met();
        this.summary = progress.summary();
        this.note = note;
    }

    public UUID reviewId() {
        return reviewId;
    }

    public UUID goalId() {
        return goalId;
    }

    public String description() {
        return description;
    }

    public String note() {
        return note;
    }

    /** The progress as it stood at the review. */
    public GoalProgress progress() {
        return new GoalProgress(baseline, baselineOn, current, currentOn, change, entries, entriesNeeded, met, summary);
    }
}
