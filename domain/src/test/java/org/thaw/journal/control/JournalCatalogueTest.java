package org.thaw.journal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thaw.platform.InvalidInputException;

/** The journal catalogues are data: the shipped file holds the codes of the clinical reference. */
class JournalCatalogueTest {

    private final JournalCatalogue catalogue = JournalCatalogue.standard();

    @Test
    void theShippedEmotionsAreTheClinicalReferencesCodesInItsOrder() {
        assertEquals(
                List.of(
                        "joyful",
                        "content",
                        "calm",
                        "hopeful",
                        "loving",
                        "sad",
                        "anxious",
                        "angry",
                        "irritable",
                        "lonely",
                        "guilty",
                        "empty"),
                List.copyOf(catalogue.emotions().keySet()));
        assertEquals("Joyful", catalogue.emotions().get("joyful"));
    }

    @Test
    void theShippedCopingStrategiesAreTheJournalCataloguesCodesInItsOrder() {
        assertEquals(
                List.of(
                        "mindfulness",
                        "grounding",
                        "journaling",
                        "exercise",
                        "sleep",
                        "reaching_out",
                        "creative",
                        "nature",
                        "routine_change",
                        "therapy_homework",
                        "other"),
                List.copyOf(catalogue.coping().keySet()));
        assertTrue(catalogue.coping().values().stream().noneMatch(String::isBlank));
    }

    @Test
    void chosenCodesAreKeptOnceInCatalogueOrder() {
        assertEquals(
                List.of("calm", "sad", "empty"), catalogue.checkedEmotions(List.of("empty", "sad", "calm", "sad")));
        assertEquals(List.of("grounding", "other"), catalogue.checkedCoping(List.of("other", "grounding")));
    }

    @Test
    void nothingChosenIsAnEmptyList() {
        assertEquals(List.of(), catalogue.checkedEmotions(null));
        assertEquals(List.of(), catalogue.checkedCoping(List.of()));
    }

    @Test
    void anUnknownEmotionIsRefusedNamingEmotionsAndListingWhatIsAllowed() {
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> catalogue.checkedEmotions(List.of("sad", "happy")));

        assertEquals("emotions", refused.field());
        assertTrue(refused.getMessage().contains("'happy'"), refused.getMessage());
        assertTrue(refused.getMessage().contains("joyful, content, calm"), refused.getMessage());
    }

    @Test
    void anUnknownOrMissingCopingCodeIsRefusedNamingCopingTried() {
        assertEquals(
                "copingTried",
                assertThrows(InvalidInputException.class, () -> catalogue.checkedCoping(List.of("Exercise")))
                        .field(),
                "codes are exact");
        assertEquals(
                "copingTried",
                assertThrows(InvalidInputException.class, () -> catalogue.checkedCoping(Arrays.asList("sleep", null)))
                        .field());
    }

    @Test
    void labelsFollowCatalogueOrderAndACodeNoLongerListedShowsAsItself() {
        assertEquals(
                List.of("Calm", "Empty", "retired_code"),
                catalogue.emotionLabels(List.of("empty", "retired_code", "calm")));
        assertEquals(List.of("Time in nature"), catalogue.copingLabels(List.of("nature")));
    }

    @Test
    void aCatalogueWithALabelMissingFailsWhenRead() {
        IllegalStateException broken = assertThrows(
                IllegalStateException.class,
                () -> JournalCatalogue.read(new StringReader(
                        "emotions = calm, sad\nemotion.calm = Calm\ncoping = other\ncoping.other = Other\n")));

        assertTrue(broken.getMessage().contains("emotion.sad"), broken.getMessage());
    }

    @Test
    void aCatalogueWithAMalformedOrRepeatedCodeFailsWhenRead() {
        assertThrows(
                IllegalStateException.class,
                () -> JournalCatalogue.read(new StringReader(
                        "emotions = Calm\nemotion.Calm = Calm\ncoping = other\ncoping.other = Other\n")));
        assertThrows(
                IllegalStateException.class,
                () -> JournalCatalogue.read(new StringReader(
                        "emotions = calm, calm\nemotion.calm = Calm\ncoping = other\ncoping.other = Other\n")));
        assertThrows(
                IllegalStateException.class,
                () -> JournalCatalogue.read(new StringReader("emotions = calm\nemotion.calm = Calm\n")),
                "no coping list");
    }
}
