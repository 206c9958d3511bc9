package org.thaw.flag.control;

/**
 * The thresholds of the screener parts of the flag rules, from practice settings; {@link
 * #DEFAULTS} are those of docs/clinical-rules.md. SAFETY has none: any answer above "Not at all" on
 * a safety item fires it, and no setting can weaken that.
 *
 * @param phq9Rise WORSENING: points above the first PHQ-9
 * @param gad7Rise WORSENING: points above the first GAD-7
 * @param windowDays how recent a PHQ-9 must be to count for HOPELESSNESS and FUNCTIONAL_IMPACT
 * @param phq9Item2Min HOPELESSNESS: PHQ-9 item 2 ("Feeling down, depressed, or hopeless") at least
 * @param phq9DifficultyMin FUNCTIONAL_IMPACT: PHQ-9 difficulty answer at least (2: very difficult)
 */
public record ScreenerThresholds(int phq9Rise, int gad7Rise, int windowDays, int phq9Item2Min, int phq9DifficultyMin) {

    public static final ScreenerThresholds DEFAULTS = new ScreenerThresholds(5, 4, 14, 2, 2);
}
