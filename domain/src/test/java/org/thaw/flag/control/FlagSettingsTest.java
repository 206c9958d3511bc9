package org.thaw.flag.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thaw.practice.boundary.SettingDefinition;
import org.thaw.practice.control.PracticeSettings;

/** The flag thresholds come from the settings the admin can change, under the names defined there. */
class FlagSettingsTest {

    /** Answers from a fixed map (else the fallback), one key or all at once, and remembers which keys were asked for. */
    private static final class Stored extends PracticeSettings {
        private final Map<String, String> values;
        private final Set<String> asked = new LinkedHashSet<>();

        Stored(Map<String, String> values) {
            this.values = values;
        }

        @Override
        public int intValue(String key, int fallback) {
            asked.add(key);
            String value = values.get(key);
            return value == null ? fallback : Integer.parseInt(value);
        }

        @Override
        public Values all() {
            return new Values(values) {
                @Override
                public int intValue(String key, int fallback) {
                    asked.add(key);
                    return super.intValue(key, fallback);
                }
            };
        }
    }

    private static FlagThresholds thresholdsFrom(Stored stored) {
        FlagSettings settings = new FlagSettings();
        settings.settings = stored;
        return settings.thresholds();
    }

    @Test
    void everyThresholdIsReadUnderTheKeyOfASettingTheAdminCanChange() {
        Stored stored = new Stored(Map.of());
        thresholdsFrom(stored);

        assertEquals(11, stored.asked.size(), () -> "one key per threshold: " + stored.asked);
        for (String key : stored.asked) {
            assertTrue(SettingDefinition.of(key).isPresent(), key + " is not a defined setting");
        }
    }

    @Test
    void theSettingsDefaultsAreTheClinicalReferenceDefaults() {
        Stored asked = new Stored(Map.of());
        thresholdsFrom(asked);
        Map<String, String> defaults = new HashMap<>();
        for (String key : asked.asked) {
            defaults.put(key, SettingDefinition.of(key).orElseThrow().defaultValue());
        }

        assertEquals(FlagThresholds.DEFAULTS, thresholdsFrom(new Stored(defaults)));
        assertEquals(FlagThresholds.DEFAULTS, thresholdsFrom(new Stored(Map.of())), "no rows: the same defaults");
    }

    @Test
    void eachSettingMovesOneThresholdOfItsOwn() throws ReflectiveOperationException {
        Stored asked = new Stored(Map.of());
        thresholdsFrom(asked);
        Set<String> moved = new LinkedHashSet<>();

        for (String key : asked.asked) {
            List<String> changed = changedComponents(thresholdsFrom(new Stored(Map.of(key, "59"))));
            assertEquals(1, changed.size(), () -> key + " moved " + changed);
            assertTrue(moved.add(changed.get(0)), () -> key + " moves " + changed.get(0) + ", as another key does");
        }
        FlagThresholds fewerHopelessDays = thresholdsFrom(new Stored(Map.of("flag.hopelessness.min_entries", "2")));
        assertEquals(List.of("hopelessMinEntries"), changedComponents(fewerHopelessDays));
        assertEquals(2, fewerHopelessDays.hopelessMinEntries());
    }

    private static ScreenerThresholds screenerThresholdsFrom(Stored stored) {
        FlagSettings settings = new FlagSettings();
        settings.settings = stored;
        return settings.screenerThresholds();
    }

    @Test
    void everyScreenerThresholdIsReadUnderTheKeyOfASettingTheAdminCanChange() {
        Stored stored = new Stored(Map.of());
        screenerThresholdsFrom(stored);

        assertEquals(5, stored.asked.size(), () -> "one key per threshold: " + stored.asked);
        for (String key : stored.asked) {
            assertTrue(SettingDefinition.of(key).isPresent(), key + " is not a defined setting");
        }
    }

    @Test
    void theScreenerSettingsDefaultsAreTheClinicalReferenceDefaults() {
        Stored asked = new Stored(Map.of());
        screenerThresholdsFrom(asked);
        Map<String, String> defaults = new HashMap<>();
        for (String key : asked.asked) {
            defaults.put(key, SettingDefinition.of(key).orElseThrow().defaultValue());
        }

        assertEquals(ScreenerThresholds.DEFAULTS, screenerThresholdsFrom(new Stored(defaults)));
        assertEquals(ScreenerThresholds.DEFAULTS, screenerThresholdsFrom(new Stored(Map.of())));
        assertEquals(
                new ScreenerThresholds(5, 4, 14, 2, 2),
                ScreenerThresholds.DEFAULTS,
                "PHQ-9 +5, GAD-7 +4, a PHQ-9 of the last 14 days, item 2 and difficulty at 2");
    }

    @Test
    void eachScreenerSettingMovesOneThresholdOfItsOwn() throws ReflectiveOperationException {
        Stored asked = new Stored(Map.of());
        screenerThresholdsFrom(asked);
        Set<String> moved = new LinkedHashSet<>();

        for (String key : asked.asked) {
            List<String> changed = changedComponents(
                    screenerThresholdsFrom(new Stored(Map.of(key, "3"))), ScreenerThresholds.DEFAULTS);
            assertEquals(1, changed.size(), () -> key + " moved " + changed);
            assertTrue(moved.add(changed.get(0)), () -> key + " moves " + changed.get(0) + ", as another key does");
        }
        assertEquals(
                7,
                screenerThresholdsFrom(new Stored(Map.of("flag.worsening.phq9_rise", "7")))
                        .phq9Rise());
    }

    /** The names of the components of {@code r} that differ from {@code defaults}. */
    private static List<String> changedComponents(Record r, Record defaults) throws ReflectiveOperationException {
        List<String> changed = new ArrayList<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (!c.getAccessor().invoke(r).equals(c.getAccessor().invoke(defaults))) {
                changed.add(c.getName());
            }
        }
        return changed;
    }

    /** The names of the thresholds that differ from the defaults. */
    private static List<String> changedComponents(FlagThresholds t) throws ReflectiveOperationException {
        List<String> changed = new ArrayList<>();
        for (RecordComponent c : FlagThresholds.class.getRecordComponents()) {
            if (!c.getAccessor().invoke(t).equals(c.getAccessor().invoke(FlagThresholds.DEFAULTS))) {
                changed.add(c.getName());
            }
        }
        return changed;
    }
}
