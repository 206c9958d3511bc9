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
 * PERSISTENT_NUMBNESS: in the window (14 days), at least 10 entries, and at least 80 % of them
 * numb (numbness ≥ 6). HIGH; the engine makes it URGENT while HOPELESSNESS is open too.
 */
public final class PersistentNumbnessRule implements JournalRule {

    @Override
    public FlagType type() {
        return FlagType.PERSISTENT_NUMBNESS;
    }

    @Override
    public Severity severity() {
        return Severity.HIGH;
    }

    @Override
    public int windowDays(FlagThresholds t) {
        return t.persistentWindowDays();
    }

    @Override
    public Optional<Evidence> evaluate(
            List<JournalFact> window, LocalDate windowStart, LocalDate day, FlagThresholds t) {
        int entries = window.size();
        List<JournalFact> numb = window.stream().filter(f -> f.isNumb(t)).toList();
        // integer arithmetic: 8 of 10 is 80 %, 7 of 10 is not
        if (entries < t.persistentMinEntries() || numb.size() * 100 < t.persistentMinNumbPercent() * entries) {
            return Optional.empty();
        }
        return Optional.of(new Evidence(
                EvidenceMessage.of(
                        "evidence.persistent",
                        new Count(t.numbMinimum()),
                        new Count(numb.size()),
                        new Count(entries),
                        new Day(windowStart),
                        new Day(day)),
                "numbness ≥ " + t.numbMinimum() + " on " + numb.size() + " of " + entries + " entries, "
                        + Wording.span(windowStart, day),
                windowStart,
                day,
                numb.stream().map(JournalFact::entryId).toList()));
    }
}
