package org.thaw.plan.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The whole plan as it stood after one save, as a revision keeps it (the {@code jsonb} snapshot):
 * what the clinician wrote, without progress or check-offs. Goals and homework carry their stable
 * ids, so two revisions compare item by item.
 */
public record PlanContent(
        String problem,
        List<Goal> goals,
        List<InterventionView> interventions,
        List<Homework> homework,
        LocalDate reviewOn,
        String privateNote) {

    /** A goal as saved. */
    public record Goal(
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
            boolean met) {}

    /** A homework item as saved. */
    public record Homework(UUID id, String text) {}
}
