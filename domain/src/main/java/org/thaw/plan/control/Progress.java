package org.thaw.plan.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.thaw.plan.boundary.Comparison;
import org.thaw.plan.boundary.GoalProgress;
import org.thaw.screener.boundary.ChangeLabel;
import org.thaw.screener.control.Change;
import org.thaw.screener.control.Instrument;
import org.thaw.screener.entity.ScreenerResponse;

/**
 * A goal's progress from the data, as plain Java (docs/clinical-rules.md, "Treatment plans"):
 *
 * <ul>
 *   <li>SCORE: baseline by {@link PlanBaseline}; current is the newest result from the baseline
 *       window on; met when current meets the target by the goal's comparison; the change label
 *       between baseline and current is the screener results' own (minimal important difference).
 *   <li>JOURNAL: over the last {@code days} days (today included), met when they hold at least
 *       ⌈days × 5/7⌉ entries and numbness ≤ target on at least 80 % of them; current is that share.
 *   <li>TEXT: met only when a clinician marked it.
 * </ul>
 */
public final class Progress {

    /** JOURNAL goals: entries needed per 7 days of the window. */
    static final int ENTRIES_PER_WEEK = 5;

    /** JOURNAL goals: the share of entries at or under the target that meets the goal. */
    static final int MET_PERCENT = 80;

    private Progress() {}

    /** One day's journal value of a measure. */
    public record DayValue(LocalDate day, int value) {}

    /**
     * A SCORE goal's progress. {@code results} are the patient's results of the goal's instrument,
     * oldest first; {@code startDay} the plan's start in the patient's zone.
     */
    public static GoalProgress score(
            Instrument instrument,
            Comparison comparison,
            int target,
            List<ScreenerResponse> results,
            LocalDate startDay) {
        Optional<ScreenerResponse> baseline = PlanBaseline.of(results, startDay);
        LocalDate from = PlanBaseline.windowStart(startDay);
        Optional<ScreenerResponse> current = results.isEmpty()
                ? Optional.empty()
                : Optional.of(results.get(results.size() - 1))
                        .filter(r -> !r.administeredOn().isBefore(from));
        String name = instrument.shortTitle();
        if (current.isEmpty()) {
            return new GoalProgress(
                    null, null, null, null, null, null, null, false, "No " + name + " since the plan started yet");
        }
        ScreenerResponse now = current.get();
        ScreenerResponse base = baseline.orElse(now);
        boolean met = comparison.met(now.total(), target);
        ChangeLabel change = base.id().equals(now.id()) ? null : Change.between(instrument, base.total(), now.total());
        StringBuilder summary = new StringBuilder();
        if (base.id().equals(now.id())) {
            summary.append(name).append(' ').append(now.total()).append(" on ").append(Days.day(now.administeredOn()));
        } else {
            summary.append(name)
                    .append(' ')
                    .append(base.total())
                    .append(" on ")
                    .append(Days.day(base.administeredOn()))
                    .append(" → ")
                    .append(now.total())
                    .append(" on ")
                    .append(Days.day(now.administeredOn()));
        }
        summary.append(met ? ": goal met" : ": not yet")
                .append(" (target ")
                .append(words(comparison, target))
                .append(')');
        return new GoalProgress(
                BigDecimal.valueOf(base.total()),
                base.administeredOn(),
                BigDecimal.valueOf(now.total()),
                now.administeredOn(),
                change,
                null,
                null,
                met,
                summary.toString());
    }

    /**
     * A JOURNAL goal's progress: {@code values} are the measure's values of the window's days (any
     * order; days outside the window are ignored), {@code today} its last day.
     */
    public static GoalProgress journal(String measure, int target, int days, List<DayValue> values, LocalDate today) {
        LocalDate from = today.minusDays(days - 1L);
        List<DayValue> window = values.stream()
                .filter(v -> !v.day().isBefore(from) && !v.day().isAfter(today))
                .toList();
        int entries = window.size();
        int needed = entriesNeeded(days);
        long atOrUnder = window.stream().filter(v -> v.value() <= target).count();
        boolean met = entries >= needed && atOrUnder * 100 >= (long) MET_PERCENT * entries;
        BigDecimal share = entries == 0
                ? null
                : BigDecimal.valueOf(atOrUnder).divide(BigDecimal.valueOf(entries), 2, RoundingMode.HALF_UP);
        String summary = entries == 0
                ? "No journal entries in the last " + days + " days"
                : measure + " " + target + " or less on " + atOrUnder + " of " + entries + " entries in the last "
                        + days + " days (" + needed + " entries needed)" + (met ? ": goal met" : ": not yet");
        return new GoalProgress(null, null, share, entries == 0 ? null : today, null, entries, needed, met, summary);
    }

    /** A TEXT goal's progress: met when a clinician marked it. */
    public static GoalProgress text(LocalDate markedOn) {
        return new GoalProgress(
                null,
                null,
                null,
                markedOn,
                null,
                null,
                null,
                markedOn != null,
                markedOn == null ? "Not marked met yet" : "Marked met on " + Days.day(markedOn));
    }

    /** ⌈days × 5/7⌉: 10 of 14, 5 of 7, 40 of 56. */
    static int entriesNeeded(int days) {
        return (days * ENTRIES_PER_WEEK + 6) / 7;
    }

    /** "below 10", "10 or more". */
    public static String words(Comparison comparison, int target) {
        return comparison == Comparison.BELOW ? "below " + target : target + " or more";
    }
}
