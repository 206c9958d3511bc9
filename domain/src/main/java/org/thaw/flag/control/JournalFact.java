package org.thaw.flag.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the journal rules read of one entry. {@code functioningImpact} is the stored code
 * (NOT_AT_ALL, SOMEWHAT, VERY, EXTREMELY) or null; {@code hopeless} may be null (not answered).
 */
public record JournalFact(
        UUID entryId, LocalDate date, int numbness, Boolean hopeless, String functioningImpact, Instant createdAt) {

    public boolean isNumb(FlagThresholds thresholds) {
        return numbness >= thresholds.numbMinimum();
    }

    public boolean hurtsFunctioning() {
        return "VERY".equals(functioningImpact) || "EXTREMELY".equals(functioningImpact);
    }

    public boolean isHopeless() {
        return Boolean.TRUE.equals(hopeless);
    }
}
