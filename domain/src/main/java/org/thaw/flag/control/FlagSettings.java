package org.thaw.flag.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thaw.practice.control.PracticeSettings;

/**
 * The flag thresholds as the practice set them, defaulting to those of docs/clinical-rules.md;
 * each set of thresholds is read with one query (not one per threshold).
 */
@ApplicationScoped
public class FlagSettings {

    @Inject
    PracticeSettings settings;

    public FlagThresholds thresholds() {
        PracticeSettings.Values settings = this.settings.all();
        FlagThresholds d = FlagThresholds.DEFAULTS;
        return new FlagThresholds(
                settings.intValue("flag.numb_entry.min_numbness", d.numbMinimum()),
                settings.intValue("flag.persistent_numbness.window_days", d.persistentWindowDays()),
                settings.intValue("flag.persistent_numbness.min_entries", d.persistentMinEntries()),
                settings.intValue("flag.persistent_numbness.min_numb_percent", d.persistentMinNumbPercent()),
                settings.intValue("flag.functional_impact.window_days", d.functionalWindowDays()),
                settings.intValue("flag.functional_impact.min_entries", d.functionalMinEntries()),
                settings.intValue("flag.hopelessness.window_days", d.hopelessWindowDays()),
                settings.intValue("flag.hopelessness.min_entries", d.hopelessMinEntries()),
                settings.intValue("flag.disengaged.gap_days", d.disengagedGapDays()),
                settings.intValue("flag.disengaged.prior_days", d.disengagedPriorDays()),
                settings.intValue("flag.disengaged.prior_min_entries", d.disengagedPriorMinEntries()));
    }

    public ScreenerThresholds screenerThresholds() {
        PracticeSettings.Values settings = this.settings.all();
        ScreenerThresholds d = ScreenerThresholds.DEFAULTS;
        return new ScreenerThresholds(
                settings.intValue("flag.worsening.phq9_rise", d.phq9Rise()),
                settings.intValue("flag.worsening.gad7_rise", d.gad7Rise()),
                settings.intValue("flag.screener.window_days", d.windowDays()),
                settings.intValue("flag.hopelessness.phq9_item2_min", d.phq9Item2Min()),
                settings.intValue("flag.functional_impact.phq9_difficulty_min", d.phq9DifficultyMin()));
    }

    public OnsetThresholds onsetThresholds() {
        PracticeSettings.Values settings = this.settings.all();
        OnsetThresholds d = OnsetThresholds.DEFAULTS;
        return new OnsetThresholds(
                settings.intValue("flag.medication_onset.min_days", d.minDays()),
                settings.intValue("flag.medication_onset.max_days", d.maxDays()),
                settings.intValue("flag.medication_onset.clear_days", d.clearDays()),
                settings.intValue("flag.medication_onset.mean_window_days", d.meanWindowDays()),
                settings.intValue("flag.medication_onset.mean_min_entries", d.meanMinEntries()),
                settings.intValue("flag.medication_onset.mean_rise", d.meanRise()),
                settings.intValue("flag.medication_onset.report_min_blunting", d.reportMinBlunting()));
    }

    /** NOT_IMPROVING: days after the plan's start from which the rule applies. */
    public int notImprovingDays() {
        return settings.intValue("flag.not_improving.days", NotImprovingRule.DEFAULT_DAYS);
    }
}
