package org.thaw.integration.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void aTextWithArgumentsIsFilledIn() {
        assertEquals("and 4 more", Texts.get(Locale.ENGLISH, "chart.evidence.more", 4));
        assertEquals(
                "Acknowledged by Sam Rivera, 3 Dec 2026, 14:05",
                Texts.get(Locale.ENGLISH, "chart.flag.acknowledged", "Sam Rivera", "3 Dec 2026, 14:05"));
    }

    @Test
    void aTextWithoutArgumentsIsTakenAsWritten() {
        assertEquals("You are signed out", Texts.get(Locale.ENGLISH, "signedOut.title"));
    }

    @Test
    void aLanguageWithoutItsOwnFileFallsBackToEnglish() {
        assertEquals("×3", Texts.get(Locale.forLanguageTag("nb"), "chart.evidence.times", 3));
    }
}
