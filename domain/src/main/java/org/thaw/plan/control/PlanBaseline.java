package org.thaw.plan.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.thaw.screener.entity.ScreenerResponse;

/**
 * Which result of an instrument a plan measures from (docs/clinical-rules.md, "Treatment plans"):
 * the newest result in the {@value #DAYS_BEFORE} days before the day the plan started, else the
 * first one from that day on (a result of the start day itself counts as after the start). Shared by goal progress and the NOT_IMPROVING rule, so
 * both name the same baseline.
 */
public final class PlanBaseline {

    /** How far before the plan's start a result still counts as its baseline. */
    public static final int DAYS_BEFORE = 30;

    private PlanBaseline() {}

    /** The first day whose result may be the baseline. */
    public static LocalDate windowStart(LocalDate startDay) {
        return startDay.minusDays(DAYS_BEFORE);
    }

    /** The last day of the window before the start: the day before it. */
    public static LocalDate windowEnd(LocalDate startDay) {
        return startDay.minusDays(1);
    }

    /**
     * The baseline among one instrument's {@code results}, oldest first (by day, then by entry): the
     * newest from {@code startDay} − {@value #DAYS_BEFORE} to the day before {@code startDay}, else
     * the first from {@code startDay} on; empty when there is neither.
     */
    public static Optional<ScreenerResponse> of(List<ScreenerResponse> results, LocalDate startDay) {
        LocalDate from = windowStart(startDay);
        ScreenerResponse before = null;
        for (ScreenerResponse r : results) {
            LocalDate day = r.administeredOn();
            if (!day.isBefore(from) && day.isBefore(startDay)) {
                before = r;
            } else if (!day.isBefore(startDay)) {
                return Optional.of(before == null ? r : before);
            }
        }
        return Optional.ofNullable(before);
    }

    /**
     * The same choice from the two results a store reads with two index probes: the newest in the
     * window before the start, and the first from the start day on.
     */
    public static Optional<ScreenerResponse> of(
            Optional<ScreenerResponse> newestBefore, Optional<ScreenerResponse> firstAfter) {
        return newestBefore.or(() -> firstAfter);
    }
}
