package org.thaw.screener.control;

import org.thaw.screener.boundary.ChangeLabel;

/**
 * Measurement-based care's three questions about totals over time: has it changed meaningfully,
 * has the patient responded, are they in remission (docs/clinical-rules.md, "Screeners: scores,
 * bands and change"). A change counts from the instrument's minimal clinically important
 * difference on (PHQ-9 5, GAD-7 4, PCL-5 10, WHO-5 10 on its 0–100 scale); PHQ-9 response is a
 * fall of at least 50 %, remission a total under 5, and both are judged only for a follow-up
 * result whose baseline was above 9 ({@link #tracksResponse}).
 */
public final class Change {

    /** PHQ-9 totals below this are remission (CMS159). */
    public static final int PHQ9_REMISSION_BELOW = 5;

    /** Response and remission are judged only from a PHQ-9 baseline above this (CMS159's index). */
    public static final int PHQ9_BASELINE_ABOVE = 9;

    private Change() {}

    /**
     * The change from one final total to a later one. A difference of exactly the threshold counts
     * (PHQ-9 10 → 15 is WORSE, 10 → 14 is not); which direction is worse follows {@code
     * higherIsWorse} (for WHO-5 a rise is IMPROVED).
     *
     * @return null when the instrument has no change threshold (Thaw's numbness check): without a
     *     known meaningful difference Thaw claims neither a meaningful change nor its absence
     */
    public static ChangeLabel between(Instrument instrument, int from, int to) {
        Integer threshold = instrument.changeThreshold();
        if (threshold == null) {
            return null;
        }
        int difference = to - from;
        if (Math.abs(difference) < threshold) {
            return ChangeLabel.NO_MEANINGFUL_CHANGE;
        }
        return (difference > 0) == instrument.higherIsWorse() ? ChangeLabel.WORSE : ChangeLabel.IMPROVED;
    }

    /**
     * Whether a PHQ-9 follow-up of this baseline total is labelled with response and remission at
     * all: only when the baseline was above {@value #PHQ9_BASELINE_ABOVE}. A patient who started
     * at 9 or below gets change labels only, so a first PHQ-9 of 3 is never "remission". The
     * baseline result itself is never labelled (the caller passes only follow-ups).
     */
    public static boolean tracksResponse(int baseline) {
        return baseline > PHQ9_BASELINE_ABOVE;
    }

    /**
     * PHQ-9 response: the current total is at most half the baseline (10 → 5 responds, 10 → 6 does
     * not). A baseline of 0 has nothing to fall from, so it never responds.
     */
    public static boolean response(int baseline, int current) {
        return baseline > 0 && 2 * current <= baseline;
    }

    /** PHQ-9 remission: a total under {@value #PHQ9_REMISSION_BELOW}. */
    public static boolean remission(int total) {
        return total < PHQ9_REMISSION_BELOW;
    }
}
