package org.thaw.flag.control;

import java.util.List;
import org.thaw.flag.boundary.EvidenceMessage;
import org.thaw.screener.entity.ScreenerResponse;

/** What the PHQ-9 parts of the rules share. */
final class Phq9 {

    static final String CODE = "PHQ-9";

    private static final List<String> FREQUENCY =
            List.of("Not at all", "Several days", "More than half the days", "Nearly every day");

    private Phq9() {}

    /** A PHQ-9 of the patient's last {@code windowDays} days that may count. */
    static boolean recent(ScreenerResponse r, ScreenerFacts facts, ScreenerThresholds t) {
        return CODE.equals(r.instrument())
                && facts.counts(r)
                && !r.administeredOn().isBefore(facts.today().minusDays(t.windowDays() - 1L));
    }

    /** An answer of {@code r} as its evidence quotes it: in the reader's language where that version of the instrument exists. */
    static EvidenceMessage.Answer answer(ScreenerResponse r, String linkId, int score, String english) {
        return new EvidenceMessage.Answer(r.instrument(), r.version(), linkId, score, english);
    }

    static String frequency(int score) {
        return FREQUENCY.get(Math.max(0, Math.min(score, 3)));
    }
}
