package org.thaw.practice.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The practice zone is a settings row typed by hand, so it is read forgivingly. */
class PracticeSettingsTest {

    @Test
    void surroundingSpacesInTheStoredZoneAreIgnored() {
        assertEquals(Optional.of(ZoneId.of("Europe/Oslo")), PracticeSettings.zone("  Europe/Oslo \n"));
    }

    @Test
    void anUnknownZoneIsNoZoneSoTheDefaultApplies() {
        assertEquals(Optional.empty(), PracticeSettings.zone("Oslo"));
        assertEquals(Optional.empty(), PracticeSettings.zone(""));
    }
}
