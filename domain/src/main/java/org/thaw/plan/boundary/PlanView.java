package org.thaw.plan.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The current plan as the care team reads it (chart, REST): {@code version} to send back with the
 * next save, the goals with their progress, interventions, homework with check-offs, the review day
 * and whether it has come ({@code reviewDue}, the patient's zone), the clinician-only {@code
 * privateNote}, when the plan started (its first revision), the last save, and its reviews, newest
 * first. The component names are the REST field names.
 */
public record PlanView(
        UUID id,
        UUID patientId,
        long version,
        int revision,
        String problem,
        List<GoalView> goals,
        List<InterventionView> interventions,
        List<HomeworkView> homework,
        LocalDate reviewOn,
        boolean reviewDue,
        String privateNote,
        Instant startedAt,
        Instant updatedAt,
        String updatedBy,
        List<ReviewView> reviews) {

    public PlanView {
        goals = List.copyOf(goals);
        interventions = List.copyOf(interventions);
        homework = List.copyOf(homework);
        reviews = List.copyOf(reviews);
    }
}
