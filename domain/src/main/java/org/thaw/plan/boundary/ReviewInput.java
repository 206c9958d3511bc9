package org.thaw.plan.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.thaw.plan.control.PlanRules;
import org.thaw.plan.entity.PlanReview;

/**
 * A review as a clinician records it; the component names are the REST field names. Each goal's
 * progress is taken from the data as it stands; {@code goals} adds a note per goal.
 *
 * @param nextReviewOn the next review day, after today in the patient's zone
 */
public record ReviewInput(
        @Size(max = PlanRules.MAX_GOALS, message = "must hold at most 12 goals")
        List<GoalReviewInput> goals,

        @Size(max = PlanReview.NOTE_MAX, message = "must be at most 4000 characters")
        String note,

        @NotNull(message = "is required (yyyy-mm-dd): the day of the next review")
        LocalDate nextReviewOn) {}
