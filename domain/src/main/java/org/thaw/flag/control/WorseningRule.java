package org.thaw.flag.control;

import java.util.List;
import java.util.Optional;
import org.thaw.flag.boundary.EvidenceMessage;
import org.thaw.flag.boundary.EvidenceMessage.Count;
import org.thaw.flag.boundary.EvidenceMessage.Day;
import org.thaw.flag.boundary.EvidenceMessage.Text;
import org.thaw.flag.boundary.FlagType;
import org.thaw.flag.boundary.Severity;
import org.thaw.flag.entity.Evidence;
import org.thaw.screener.entity.ScreenerResponse;

/**
 * WORSENING: the newest PHQ-9 total at least the first PHQ-9 + 5, or the newest GAD-7 at least the
 * first GAD-7 + 4 (the instruments' minimal important differences). HIGH.
 */
public final class WorseningRule implements ScreenerRule {

    @Override
    public FlagType type() {
        return FlagType.WORSENING;
    }

    @Override
    public Severity severity() {
        return Severity.HIGH;
    }

    @Override
    public Optional<Evidence> evaluate(ScreenerFacts facts, ScreenerThresholds t) {
        String instrument = facts.arrived().instrument();
        int rise;
        if ("PHQ-9".equals(instrument)) {
            rise = t.phq9Rise();
        } else if ("GAD-7".equals(instrument)) {
            rise = t.gad7Rise();
        } else {
            return Optional.empty();
        }
        if (facts.first().isEmpty() || facts.newest().isEmpty()) {
            return Optional.empty();
        }
        ScreenerResponse first = facts.first().get();
        ScreenerResponse newest = facts.newest().get();
        if (first.id().equals(newest.id()) || !facts.counts(newest) || newest.total() < first.total() + rise) {
            return Optional.empty();
        }
        return Optional.of(new Evidence(
                EvidenceMessage.of(
                        "evidence.worsening",
                        new Text(instrument),
                        new Count(newest.total()),
                        new Day(newest.administeredOn()),
                        new Count(newest.total() - first.total()),
                        new Count(first.total()),
                        new Day(first.administeredOn())),
                instrument + " " + newest.total() + " on " + Wording.day(newest.administeredOn()) + ", up "
                        + (newest.total() - first.total()) + " from the first (" + first.total() + " on "
                        + Wording.day(first.administeredOn()) + ")",
                first.administeredOn(),
                newest.administeredOn(),
                List.of(first.id(), newest.id())));
    }
}
