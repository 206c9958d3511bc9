package org.thaw.plan.boundary;

import java.util.UUID;

/** A clinician's note on one goal in a review. */
public record GoalReviewInput(UUID goalId, String note) {}
