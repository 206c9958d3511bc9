package org.thaw.flag.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.thaw.flag.boundary.FlagType;
import org.thaw.flag.boundary.Severity;
import org.thaw.flag.entity.Evidence;

/**
 * One flag rule over the journal: a fixed window of days ending on the evaluation day. Plain
 * Java, so each rule is tested at its edges without a container.
 */
public interface JournalRule {

    FlagType type();

    /** The severity a new flag of this type opens with. */
    Severity severity();

    /** How many days the window spans, the evaluation day included. */
    int windowDays(FlagThresholds thresholds);

    /**
     * Evidence when the rule fires for the window ending on {@code day}.
     *
     * @param window the entries of the window only, oldest first
     */
    Optional<Evidence> evaluate(
            List<JournalFact> window, LocalDate windowStart, LocalDate day, FlagThresholds thresholds);

    /**
     * The entries of the window ending on {@code day}, oldest first. When {@code writtenAfter} is
     * given (the type was resolved then and nothing of it is active), a window counts only if it
     * consists wholly of entries written after it (docs/clinical-rules.md, "Lifecycle"): one entry
     * written at or before the resolution in the window, and the window is empty-handed. Dropping the
     * old entries instead would judge 10 new numb entries beside 4 old ones as "10 of 10" when the
     * window holds 14.
     *
     * @return the window's entries, or empty when the window may not be judged at all
     */
    static Optional<List<JournalFact>> window(
            List<JournalFact> facts, LocalDate day, int windowDays, Instant writtenAfter) {
        return window(facts, day, windowDays, Resolution.at(writtenAfter));
    }

    /**
     * As {@link #window(List, LocalDate, int, Instant)}, judging each entry against the last
     * resolution (null: none counts) by when it was written and the day it tells of: a window holding
     * an entry the resolution {@linkplain Resolution#precedes precedes} is not judged at all.
     */
    static Optional<List<JournalFact>> window(
            List<JournalFact> facts, LocalDate day, int windowDays, Resolution resolved) {
        LocalDate start = day.minusDays(windowDays - 1L);
        List<JournalFact> window = facts.stream()
                .filter(f -> !f.date().isBefore(start) && !f.date().isAfter(day))
                .sorted(Comparator.comparing(JournalFact::date))
                .toList();
        if (resolved != null && window.stream().anyMatch(resolved::precedes)) {
            return Optional.empty();
        }
        return Optional.of(window);
    }
}
