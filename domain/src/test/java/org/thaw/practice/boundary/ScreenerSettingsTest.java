package org.thaw.practice.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The settings the screeners added: the follow-up interval, the screener thresholds and the crisis text. */
class ScreenerSettingsTest {

    private static SettingDefinition setting(String key) {
        return SettingDefinition.of(key).orElseThrow(() -> new AssertionError(key + " is not defined"));
    }

    @Test
    void theCrisisResourcesAreTextOfTwentyToTwoThousandCharacters() {
        SettingDefinition crisis = setting(SettingDefinition.CRISIS_RESOURCES);

        assertEquals(SettingDefinition.Kind.TEXT, crisis.kind());
        assertEquals(Optional.empty(), crisis.problemWith(crisis.defaultValue()));
        assertEquals(Optional.empty(), crisis.problemWith("Call 112 or 988 now."), "exactly 20 characters");
        assertEquals(Optional.of("must be 20 to 2000 characters"), crisis.problemWith("Call 112 or 988 now"));
        assertEquals(
                Optional.of("must be 20 to 2000 characters"),
                crisis.problemWith("   Call 112 now.     "),
                "spaces around do not count");
        assertEquals(Optional.of("must be 20 to 2000 characters"), crisis.problemWith(null));
        assertEquals(Optional.empty(), crisis.problemWith("x".repeat(2000)));
        assertEquals(Optional.of("must be 20 to 2000 characters"), crisis.problemWith("x".repeat(2001)));
    }

    @Test
    void theDefaultCrisisTextNamesTheEmergencyNumberAndACrisisLine() {
        String text = SettingDefinition.DEFAULT_CRISIS_RESOURCES;

        assertTrue(text.contains("emergency number"), text);
        assertTrue(text.contains("112") && text.contains("911"), text);
        assertTrue(text.contains("988"), text);
    }

    @Test
    void theScreenerNumbersHaveTheClinicalReferenceDefaults() {
        assertEquals("14", setting("screener.follow_up_days").defaultValue());
        assertEquals("5", setting("flag.worsening.phq9_rise").defaultValue());
        assertEquals("4", setting("flag.worsening.gad7_rise").defaultValue());
        assertEquals("14", setting("flag.screener.window_days").defaultValue());
        assertEquals("2", setting("flag.hopelessness.phq9_item2_min").defaultValue());
        assertEquals("2", setting("flag.functional_impact.phq9_difficulty_min").defaultValue());
    }

    @Test
    void anItemOrDifficultyMinimumOfZeroWouldFireOnEveryPhq9AndIsRefused() {
        assertTrue(setting("flag.hopelessness.phq9_item2_min").problemWith("0").isPresent());
        assertTrue(setting("flag.functional_impact.phq9_difficulty_min")
                .problemWith("0")
                .isPresent());
        assertTrue(setting("flag.hopelessness.phq9_item2_min").problemWith("4").isPresent(), "no answer reaches 4");
        assertTrue(
                setting("screener.follow_up_days").problemWith("0").isPresent(),
                "the practice's interval cannot turn follow-ups off; a patient's schedule can");
    }
}
