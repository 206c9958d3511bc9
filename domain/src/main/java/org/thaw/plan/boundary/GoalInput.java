package org.thaw.plan.boundary;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One goal as a clinician writes it; the component names are the REST field names. Which fields
 * apply depends on {@code kind}: SCORE takes {@code instrument}, {@code target}, optional {@code
 * comparison} and {@code targetDate}; JOURNAL takes {@code measure} ({@code numbness}), {@code
 * target} (0–10) and {@code days} (7–56); TEXT takes {@code text} and optional {@code targetDate}.
 * Every kind may carry a description in {@code text} and a clinician-only {@code clinicianComment}.
 *
 * @param id the goal's id when editing an existing goal (it keeps its id); null for a new goal
 * @param kind {@code SCORE}, {@code JOURNAL} or {@code TEXT}
 * @param comparison {@code BELOW} or {@code AT_LEAST}; null takes the instrument's default
 */
public record GoalInput(
        UUID id,
        String kind,
        String instrument,
        Integer target,
        String comparison,
        LocalDate targetDate,
        String measure,
        Integer days,
        String text,
        String clinicianComment) {

    /** A SCORE goal with the instrument's default comparison. */
    public static GoalInput score(String instrument, int target, LocalDate targetDate) {
        return new GoalInput(null, GoalKind.SCORE.name(), instrument, target, null, targetDate, null, null, null, null);
    }

    /** A JOURNAL goal: {@code measure} at most {@code target} on most of the last {@code days} days. */
    public static GoalInput journal(String measure, int target, int days) {
        return new GoalInput(null, GoalKind.JOURNAL.name(), null, target, null, null, measure, days, null, null);
    }

    /** A TEXT goal. */
    public static GoalInput text(String text, LocalDate targetDate) {
        return new GoalInput(null, GoalKind.TEXT.name(), null, null, null, targetDate, null, null, text, null);
    }
}
