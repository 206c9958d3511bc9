package org.thaw.flag.control;

import java.util.List;
import java.util.Optional;
import org.thaw.flag.boundary.FlagType;
import org.thaw.flag.boundary.Severity;
import org.thaw.flag.entity.Evidence;
import org.thaw.screener.entity.ScreenerResponse;

/**
 * FUNCTIONAL_IMPACT, PHQ-9 part: a PHQ-9 of the last 14 days whose difficulty answer is "Very
 * difficult" or "Extremely difficult". HIGH. The journal part is {@link FunctionalImpactRule}.
 */
public final class Phq9DifficultyRule implements ScreenerRule {

    static final String ITEM = "phq9-difficulty";

    private static final List<String> ANSWERS =
            List.of("Not difficult at all", "Somewhat difficult", "Very difficult", "Extremely difficult");

    @Override
    public FlagType type() {
        return FlagType.FUNCTIONAL_IMPACT;
    }

    @Override
    public Severity severity() {
        return Severity.HIGH;
    }

    @Override
    public Optional<Evidence> evaluate(ScreenerFacts facts, ScreenerThresholds t) {
        ScreenerResponse r = facts.arrived();
        Integer answer = r.score(ITEM);
        if (!Phq9.recent(r, facts, t) || answer == null || answer < t.phq9DifficultyMin()) {
            return Optional.empty();
        }
        return Optional.of(new Evidence("PHQ-9 difficulty: “" + ANSWERS.get(Math.min(answer, 3)) + "”, "
                + Wording.day(r.administeredOn()), r.administeredOn(), r.administeredOn(), List.of(r.id())));
    }
}
