package org.thaw.flag.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.thaw.screener.entity.ScreenerResponse;

/**
 * What the screener rules look at when a result arrives: the result, and the first (baseline) and
 * newest result of its instrument, two index probes whatever the length of the history.
 *
 * @param today the patient's today
 * @param writtenAfter when the rule's type was last resolved and nothing of it is open: only a
 *     result entered after it counts (null: no such limit)
 */
public record ScreenerFacts(
        ScreenerResponse arrived,
        Optional<ScreenerResponse> first,
        Optional<ScreenerResponse> newest,
        LocalDate today,
        Instant writtenAfter) {

    ScreenerFacts after(Instant resolvedAt) {
        return new ScreenerFacts(arrived, first, newest, today, resolvedAt);
    }

    /** True when {@code r} was entered after the resolution limit (or there is none). */
    boolean counts(ScreenerResponse r) {
        return writtenAfter == null || r.submittedAt().isAfter(writtenAfter);
    }
}
