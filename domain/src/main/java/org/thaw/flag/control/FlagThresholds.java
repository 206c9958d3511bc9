package org.thaw.flag.control;

/**
 * The thresholds of the flag rules, from practice settings; {@link #DEFAULTS} are those of
 * docs/clinical-rules.md.
 */
public record FlagThresholds(
        int numbMinimum,
        int persistentWindowDays,
        int persistentMinEntries,
        int persistentMinNumbPercent,
        int functionalWindowDays,
        int functionalMinEntries,
        int hopelessWindowDays,
        int hopelessMinEntries,
        int disengagedGapDays,
        int disengagedPriorDays,
        int disengagedPriorMinEntries) {

    public static final FlagThresholds DEFAULTS = new FlagThresholds(6, 14, 10, 80, 7, 3, 7, 3, 7, 14, 3);
}
