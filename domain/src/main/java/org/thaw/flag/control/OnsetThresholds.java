package org.thaw.flag.control;

/**
 * The thresholds of MEDICATION_ONSET, from practice settings; {@link #DEFAULTS} are those of
 * docs/clinical-rules.md.
 *
 * @param minDays the fewest days from a course event to the onset that count (7)
 * @param maxDays the most days from a course event to the onset that count (56, 8 weeks)
 * @param clearDays days before the event that must hold no numb entry, and the gap that ends a run (14)
 * @param meanWindowDays the days of each mean numbness: the last ones, and the ones before the event (7)
 * @param meanMinEntries entries each mean needs (4)
 * @param meanRise points the recent mean must be above the mean before the event (3)
 * @param reportMinBlunting blunting a side-effect report must reach (6)
 */
public record OnsetThresholds(
        int minDays,
        int maxDays,
        int clearDays,
        int meanWindowDays,
        int meanMinEntries,
        int meanRise,
        int reportMinBlunting) {

    public static final OnsetThresholds DEFAULTS = new OnsetThresholds(7, 56, 14, 7, 4, 3, 6);
}
