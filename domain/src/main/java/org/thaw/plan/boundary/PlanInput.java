package org.thaw.plan.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * A whole plan as a clinician saves it (create or revise); the component names are the REST field
 * names. Goals and homework without an id are new; an existing one left out is removed (kept in
 * the record, with its check-offs and review lines).
 *
 * @param reviewOn the next review day, today or later in the patient's zone
 * @param privateNote the clinician-only formulation note; never shown to the patient
 * @param version the version the edit started from: null when there is no plan yet; when a plan
 *     exists, anything but its current version is refused as a conflict
 */
public record PlanInput(
        String problem,
        List<GoalInput> goals,
        List<InterventionInput> interventions,
        List<HomeworkInput> homework,
        LocalDate reviewOn,
        String privateNote,
        Long version) {}
