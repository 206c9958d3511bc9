package org.thaw.flag.control;

import org.thaw.flag.boundary.EvidenceMessage;
import org.thaw.flag.boundary.FlagType;
import org.thaw.screener.entity.ScreenerResponse;

/**
 * HOPELESSNESS, PHQ-9 part: a PHQ-9 of the last 14 days with item 2 ("Feeling down, depressed, or
 * hopeless") at 2 ("More than half the days") or more. HIGH. The journal part is {@link
 * HopelessnessRule}; both feed the one HOPELESSNESS flag.
 */
public final class Phq9HopelessnessRule extends Phq9ItemRule {

    static final String ITEM = "phq9-2";

    static final String ITEM_WORDING = "feeling down, depressed, or hopeless";

    public Phq9HopelessnessRule() {
        super(FlagType.HOPELESSNESS, ITEM);
    }

    @Override
    int minimum(ScreenerThresholds t) {
        return t.phq9Item2Min();
    }

    /**
     * The item's wording stays as the instrument has it (English: no official Spanish PHQ-9 in
     * Thaw yet); the rest of the sentence follows the reader.
     */
    @Override
    EvidenceMessage message(ScreenerResponse r, int answer) {
        return EvidenceMessage.of(
                "evidence.phq9Item2",
                new EvidenceMessage.Text(ITEM_WORDING),
                Phq9.answer(r, ITEM, answer, Phq9.frequency(answer)),
                new EvidenceMessage.Day(r.administeredOn()));
    }

    @Override
    String finding(int answer) {
        return "PHQ-9 item 2 (" + ITEM_WORDING + "): “" + Phq9.frequency(answer) + "”";
    }
}
