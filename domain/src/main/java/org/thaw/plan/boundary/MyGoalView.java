package org.thaw.plan.boundary;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A goal as the patient reads it: what it is in words, its target and progress. No clinician
 * comment: this record has no field for it.
 */
public record MyGoalView(
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
        GoalProgress progress) {}
