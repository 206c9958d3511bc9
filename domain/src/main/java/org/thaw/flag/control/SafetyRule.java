package org.thaw.flag.control;

import java.util.List;
import java.util.Optional;
import org.thaw.flag.entity.Evidence;
import org.thaw.flag.entity.FlagType;
import org.thaw.flag.entity.Severity;
import org.thaw.screener.control.InstrumentCatalogue;
import org.thaw.screener.control.Item;
import org.thaw.screener.entity.ScreenerResponse;

/**
 * SAFETY: a response with a safety item (PHQ-9 item 9) answered above "Not at all". URGENT. Runs
 * in the transaction that stores the response, so the response and its flag commit together or
 * not at all.
 */
public final class SafetyRule implements ScreenerRule {

    @Override
    public FlagType type() {
        return FlagType.SAFETY;
    }

    @Override
    public Severity severity() {
        return Severity.URGENT;
    }

    @Override
    public Optional<Evidence> evaluate(ScreenerFacts facts, ScreenerThresholds t) {
        ScreenerResponse r = facts.arrived();
        if (!r.safetyPositive() || !facts.counts(r)) {
            return Optional.empty();
        }
        return Optional.of(new Evidence(r.instrument() + " safety answer: " + answered(r) + ", " + Wording.day(r.administeredOn())
                + " — same-day risk assessment advised", r.administeredOn(), r.administeredOn(), List.of(r.id())));
    }

    /** "item 9 “Several days”", read from the definition the response answered. */
    private static String answered(ScreenerResponse r) {
        return InstrumentCatalogue.standard().find(r.instrument(), r.version())
                .map(instrument -> instrument.safetyItems().stream()
                        .filter(linkId -> r.score(linkId) != null && r.score(linkId) > 0)
                        .map(linkId -> {
                            Item item = instrument.item(linkId).orElseThrow();
                            String option = item.options().stream()
                                    .filter(o -> r.score(linkId).equals(o.score()))
                                    .map(o -> "“" + o.text() + "”")
                                    .findFirst()
                                    .orElse(String.valueOf(r.score(linkId)));
                            return "item " + instrument.position(linkId) + " " + option;
                        })
                        .reduce((a, b) -> a + ", " + b)
                        .orElse("a safety item above “Not at all”"))
                .orElse("a safety item above “Not at all”");
    }
}
