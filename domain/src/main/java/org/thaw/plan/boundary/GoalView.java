package org.thaw.plan.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A goal of the current plan as the care team reads it, with its progress and the clinician-only
 * {@code clinicianComment}; {@code description} says the goal in words ("PHQ-9 below 10").
 * {@code metMarkedAt}/{@code metMarkedBy}: when and by whom a TEXT goal was marked met (null: not).
 */
public record GoalView(
        UUID id,
        GoalKind kind,
        String instrument,
        Integer target,
        Comparison comparison,
        LocalDate targetDate,
        String measure,
        Integer days,
        String text,
        String description,
        String clinicianComment,
        Instant metMarkedAt,
        String metMarkedBy,
        GoalProgress progress) {}
