package org.thaw.flag.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.thaw.flag.boundary.EvidenceMessage;
import org.thaw.flag.boundary.EvidenceMessage.Count;
import org.thaw.flag.boundary.EvidenceMessage.Day;
import org.thaw.flag.boundary.FlagType;
import org.thaw.flag.boundary.Severity;
import org.thaw.flag.entity.Evidence;

/**
 * FUNCTIONAL_IMPACT, journal part: in the window (7 days), at least 3 numb entries where
 * numbness got in the way of daily life very or extremely. HIGH. (The PHQ-9 difficulty part
 * comes with the screeners.)
 */
public final class FunctionalImpactRule implements JournalRule {

    @Override
    public FlagType type() {
        return FlagType.FUNCTIONAL_IMPACT;
    }

    @Override
    public Severity severity() {
        return Severity.HIGH;
    }

    @Override
    public int windowDays(FlagThresholds t) {
        return t.functionalWindowDays();
    }

    @Override
    public Optional<Evidence> evaluate(
            List<JournalFact> window, LocalDate windowStart, LocalDate day, FlagThresholds t) {
        List<JournalFact> hits =
                window.stream().filter(f -> f.isNumb(t) && f.hurtsFunctioning()).toList();
        if (hits.size() < t.functionalMinEntries()) {
            return Optional.empty();
        }
        return Optional.of(new Evidence(
                EvidenceMessage.of(
                        "evidence.functional",
                        new Count(t.numbMinimum()),
                        new Count(hits.size()),
                        new Day(windowStart),
                        new Day(day)),
                "numbness ≥ " + t.numbMinimum() + " got in the way of daily life very or extremely on " + hits.size()
                        + " days, " + Wording.span(windowStart, day),
                windowStart,
                day,
                hits.stream().map(JournalFact::entryId).toList()));
    }
}
