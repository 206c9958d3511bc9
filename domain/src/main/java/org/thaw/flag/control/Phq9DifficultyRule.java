package org.thaw.flag.control;

import java.util.List;
import org.thaw.flag.boundary.EvidenceMessage;
import org.thaw.flag.boundary.FlagType;
import org.thaw.screener.entity.ScreenerResponse;

/**
 * FUNCTIONAL_IMPACT, PHQ-9 part: a PHQ-9 of the last 14 days whose difficulty answer is "Very
 * difficult" or "Extremely difficult". HIGH. The journal part is {@link FunctionalImpactRule}.
 */
public final class Phq9DifficultyRule extends Phq9ItemRule {

    static final String ITEM = "phq9-difficulty";

    private static final List<String> ANSWERS =
            List.of("Not difficult at all", "Somewhat difficult", "Very difficult", "Extremely difficult");

    public Phq9DifficultyRule() {
        super(FlagType.FUNCTIONAL_IMPACT, ITEM);
    }

    @Override
    int minimum(ScreenerThresholds t) {
        return t.phq9DifficultyMin();
    }

    @Override
    EvidenceMessage message(ScreenerResponse r, int answer) {
        return EvidenceMessage.of(
                "evidence.phq9Difficulty",
                Phq9.answer(r, ITEM, answer, ANSWERS.get(Math.min(answer, 3))),
                new EvidenceMessage.Day(r.administeredOn()));
    }

    @Override
    String finding(int answer) {
        return "PHQ-9 difficulty: “" + ANSWERS.get(Math.min(answer, 3)) + "”";
    }
}
