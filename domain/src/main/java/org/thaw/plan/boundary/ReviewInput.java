package org.thaw.plan.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * A review as a clinician records it; the component names are the REST field names. Each goal's
 * progress is taken from the data as it stands; {@code goals} adds a note per goal.
 *
 * @param nextReviewOn the next review day, after today in the patient's zone
 */
public record ReviewInput(List<GoalReviewInput> goals, String note, LocalDate nextReviewOn) {}
