package org.thaw.integration.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A result's band as the care team reads it, in the reader's language. */
class BandWordsTest {

    private static final Locale ES = Locale.forLanguageTag("es");

    @Test
    void aValidatedInstrumentsBandComesFromTheBundlesTheCareTeamsOwnLabelWhereItDiffers() {
        assertEquals("Moderada", BandWords.clinicianLabel("PHQ-9", "1", "MODERATE", "Moderate", "Moderate", ES));
        assertEquals(
                "Moderate", BandWords.clinicianLabel("PHQ-9", "1", "MODERATE", "Moderate", "Moderate", Locale.ENGLISH));
        assertEquals(
                "Bienestar bajo (≤ 50): cribado de depresión",
                BandWords.clinicianLabel(
                        "WHO-5", "2", "POOR", "Poor well-being", "Poor well-being (≤ 50): screen for depression", ES));
    }

    @Test
    void thawsNumbnessCheckNamesItsBandsFromItsOwnSpanishVersionAndAnUnknownBandStaysAsStored() {
        assertEquals(
                "Algunas señales de entumecimiento",
                BandWords.clinicianLabel(
                        "NUMBNESS", "1", "SOME", "Some signs of numbness", "Some signs of numbness", ES));
        assertEquals("As stored", BandWords.clinicianLabel("PHQ-9", "9", "OTHER", "As stored", "As stored", ES));
    }
}
