package org.thaw.flag.control;

import java.util.List;
import java.util.Optional;
import org.thaw.flag.boundary.EvidenceMessage;
import org.thaw.flag.boundary.FlagType;
import org.thaw.flag.boundary.Severity;
import org.thaw.flag.entity.Evidence;
import org.thaw.screener.entity.ScreenerResponse;

/**
 * The shape of the PHQ-9 parts of the rules: a PHQ-9 of the last 14 days whose answer to one item
 * is at a threshold or above opens a HIGH flag, its evidence the answer in words and the day.
 */
abstract class Phq9ItemRule implements ScreenerRule {

    private final FlagType type;
    private final String item;

    Phq9ItemRule(FlagType type, String item) {
        this.type = type;
        this.item = item;
    }

    /** The lowest answer that fires. */
    abstract int minimum(ScreenerThresholds t);

    /** The answer as the evidence names it: {@code PHQ-9 difficulty: “Very difficult”}. */
    abstract String finding(int answer);

    /** The answer and the day as a message of the bundles, for the reader's language. */
    abstract EvidenceMessage message(ScreenerResponse r, int answer);

    @Override
    public final FlagType type() {
        return type;
    }

    @Override
    public final Severity severity() {
        return Severity.HIGH;
    }

    @Override
    public final Optional<Evidence> evaluate(ScreenerFacts facts, ScreenerThresholds t) {
        ScreenerResponse r = facts.arrived();
        Integer answer = r.score(item);
        if (!Phq9.recent(r, facts, t) || answer == null || answer < minimum(t)) {
            return Optional.empty();
        }
        return Optional.of(new Evidence(
                message(r, answer),
                finding(answer) + ", " + Wording.day(r.administeredOn()),
                r.administeredOn(),
                r.administeredOn(),
                List.of(r.id())));
    }
}
