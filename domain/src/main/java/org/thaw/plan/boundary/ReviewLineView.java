package org.thaw.plan.boundary;

import java.util.UUID;

/** One goal in a review: the goal as it was described, its progress as it stood then, and the note. */
public record ReviewLineView(UUID goalId, String description, GoalProgress progress, String note) {}
