package org.thaw.plan.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.thaw.plan.control.PlanRules;
import org.thaw.plan.entity.TreatmentPlan;

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
        @NotBlank(message = "is required: the problem the plan addresses")
        @Size(max = TreatmentPlan.PROBLEM_MAX, message = "must be at most 2000 characters")
        String problem,

        @Size(max = PlanRules.MAX_GOALS, message = "must hold at most 12 goals")
        List<GoalInput> goals,

        @Size(max = PlanRules.MAX_INTERVENTIONS, message = "must hold at most 20 interventions")
        List<InterventionInput> interventions,

        @Size(max = PlanRules.MAX_HOMEWORK, message = "must hold at most 20 homework items")
        List<HomeworkInput> homework,

        @NotNull(message = "is required (yyyy-mm-dd): the day the plan is next reviewed")
        LocalDate reviewOn,

        @Size(max = TreatmentPlan.NOTE_MAX, message = "must be at most 4000 characters")
        String privateNote,

        Long version) {}
