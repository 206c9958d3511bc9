/**
 * Treatment plans: one current plan per patient (a problem statement, goals, interventions from the
 * catalogue, homework, a review date and a clinician-only private note), every save kept as an
 * insert-only revision holding the whole plan as it stood, the patient's homework check-offs (one
 * per item per day) and the care team's reviews (progress per goal as it stood, a note, the next
 * review date).
 *
 * <p>Goals tied to data show their progress, computed as plain Java in {@code control.GoalProgress}
 * from the screener results and the journal: a SCORE goal against an instrument's total, a JOURNAL
 * goal over the last days of numbness, a TEXT goal marked met by a clinician.
 *
 * <p>Boundaries: {@code PatientPlan} (the care team; anyone else's patient is "not found"), {@code
 * MyPlan} (the patient: their plan without the private note or clinician comments, which its records
 * have no field for, and homework check-offs) and {@code PlanChoices} (the catalogues for forms).
 * The NOT_IMPROVING flag rule that reads a plan's start and baseline is {@code
 * flag.control.NotImprovingRule}.
 */
package org.thaw.plan;
