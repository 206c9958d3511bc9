package org.thaw.flag.control;

import java.util.List;
import java.util.Optional;
import org.thaw.flag.boundary.FlagType;
import org.thaw.flag.boundary.Severity;
import org.thaw.flag.entity.Evidence;
import org.thaw.screener.entity.ScreenerResponse;

/**
 * HOPELESSNESS, PHQ-9 part: a PHQ-9 of the last 14 days with item 2 ("Feeling down, depressed, or
 * hopeless") at 2 ("More than half the days") or more. HIGH. The journal part is {@link
 * HopelessnessRule}; both feed the one HOPELESSNESS flag.
 */
public final class Phq9HopelessnessRule implements ScreenerRule {

    static final String ITEM = "phq9-2";

    @Override
    public FlagType type() {
        return FlagType.HOPELESSNESS;
    }

    @Override
    public Severity severity() {
        return Severity.HIGH;
    }

    @Override
    public Optional<Evidence> evaluate(ScreenerFacts facts, ScreenerThresholds t) {
        ScreenerResponse r = facts.arrived();
        Integer answer = r.score(ITEM);
        if (!Phq9.recent(r, facts, t) || answer == null || answer < t.phq9Item2Min()) {
            return Optional.empty();
        }
        return Optional.of(new Evidence("PHQ-9 item 2 (feeling down, depressed, or hopeless): “"
                        + Phq9.frequency(answer) + "”, " + Wording.day(r.administeredOn()),
                r.administeredOn(), r.administeredOn(), List.of(r.id())));
    }
}
