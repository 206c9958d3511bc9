package org.thaw.plan.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The current plan as the patient reads it (portal, REST): the problem, goals with progress,
 * interventions, homework with check-offs and the review day. No private note, no clinician
 * comments, no reviews: this record has no field for them.
 */
public record MyPlanView(
        UUID id,
        String problem,
        List<MyGoalView> goals,
        List<InterventionView> interventions,
        List<HomeworkView> homework,
        LocalDate reviewOn,
        Instant startedAt,
        Instant updatedAt) {

    public MyPlanView {
        goals = List.copyOf(goals);
        interventions = List.copyOf(interventions);
        homework = List.copyOf(homework);
    }
}
