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
 * HOPELESSNESS, journal part: in the window (7 days), at least 3 entries where the patient said
 * they felt hopeless. HIGH. (The PHQ-9 item 2 part comes with the screeners.)
 */
public final class HopelessnessRule implements JournalRule {

    @Override
    public FlagType type() {
        return FlagType.HOPELESSNESS;
    }

    @Override
    public Severity severity() {
        return Severity.HIGH;
    }

    @Override
    public int windowDays(FlagThresholds t) {
        return t.hopelessWindowDays();
    }

    @Override
    public Optional<Evidence> evaluate(
            List<JournalFact> window, LocalDate windowStart, LocalDate day, FlagThresholds t) {
        List<JournalFact> hits = window.stream().filter(JournalFact::isHopeless).toList();
        if (hits.size() < t.hopelessMinEntries()) {
            return Optional.empty();
        }
        return Optional.of(new Evidence(
                EvidenceMessage.of("evidence.hopeless", new Count(hits.size()), new Day(windowStart), new Day(day)),
                "felt hopeless on " + hits.size() + " days, " + Wording.span(windowStart, day),
                windowStart,
                day,
                hits.stream().map(JournalFact::entryId).toList()));
    }
}
