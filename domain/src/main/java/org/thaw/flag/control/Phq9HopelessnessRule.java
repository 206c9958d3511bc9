package org.thaw.flag.control;

import org.thaw.flag.boundary.FlagType;

/**
 * HOPELESSNESS, PHQ-9 part: a PHQ-9 of the last 14 days with item 2 ("Feeling down, depressed, or
 * hopeless") at 2 ("More than half the days") or more. HIGH. The journal part is {@link
 * HopelessnessRule}; both feed the one HOPELESSNESS flag.
 */
public final class Phq9HopelessnessRule extends Phq9ItemRule {

    static final String ITEM = "phq9-2";

    public Phq9HopelessnessRule() {
        super(FlagType.HOPELESSNESS, ITEM);
    }

    @Override
    int minimum(ScreenerThresholds t) {
        return t.phq9Item2Min();
    }

    @Override
    String finding(int answer) {
        return "PHQ-9 item 2 (feeling down, depressed, or hopeless): “" + Phq9.frequency(answer) + "”";
    }
}
