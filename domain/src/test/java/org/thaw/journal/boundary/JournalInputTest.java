package org.thaw.journal.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thaw.journal.control.JournalCatalogue;
import org.thaw.journal.entity.CheckIn;
import org.thaw.platform.InvalidInputException;

/**
 * What is stored of a check-in. The Bean Validation limits of {@link JournalInput} are proven where
 * a validation provider runs them: at the boundary, in the container test.
 */
class JournalInputTest {

    private static final JournalCatalogue CATALOGUE = JournalCatalogue.standard();

    @Test
    void aBlankNoteIsNoNote() {
        assertNull(JournalInput.of(3, null).noteOrNull());
        assertNull(JournalInput.of(3, "").noteOrNull());
        assertNull(JournalInput.of(3, " \n\t ").noteOrNull());
    }

    @Test
    void aNoteIsStoredWithoutSurroundingWhitespace() {
        assertEquals("slept badly", JournalInput.of(3, "  slept badly\n").noteOrNull());
    }

    @Test
    void aFullCheckInIsStoredWithCodesOnceInCatalogueOrder() {
        JournalInput input = new JournalInput(
                7,
                2,
                6,
                List.of("empty", "sad", "empty"),
                new BigDecimal("6.5"),
                20,
                false,
                List.of("nature", "grounding"),
                true,
                FunctioningImpact.VERY,
                " flat ");

        assertEquals(
                new CheckIn(
                        7,
                        2,
                        6,
                        List.of("sad", "empty"),
                        new BigDecimal("6.5"),
                        20,
                        false,
                        List.of("grounding", "nature"),
                        true,
                        FunctioningImpact.VERY,
                        "flat",
                        null),
                input.checkIn(CATALOGUE));
    }

    @Test
    void unansweredQuestionsStayUnansweredAndNoListIsAnEmptyList() {
        CheckIn stored = JournalInput.of(4, null).checkIn(CATALOGUE);

        assertEquals(
                new CheckIn(4, null, null, List.of(), null, null, null, List.of(), null, null, null, null), stored);
    }

    @Test
    void hoursOfSleepAreKeptToOneDecimal() {
        assertEquals(new BigDecimal("7.3"), sleep("7.25"));
        assertEquals(new BigDecimal("7.5"), sleep("7.50"));
        assertEquals(new BigDecimal("8.0"), sleep("8"));
    }

    @Test
    void anUnknownCodeIsRefusedNamingItsField() {
        assertEquals(
                "emotions",
                assertThrows(InvalidInputException.class, () -> new JournalInput(
                                        5, null, null, List.of("numb"), null, null, null, null, null, null, null)
                                .checkIn(CATALOGUE))
                        .field());
        assertEquals(
                "copingTried",
                assertThrows(InvalidInputException.class, () -> new JournalInput(
                                        5, null, null, null, null, null, null, List.of("yoga"), null, null, null)
                                .checkIn(CATALOGUE))
                        .field());
    }

    private static BigDecimal sleep(String hours) {
        return new JournalInput(5, null, null, null, new BigDecimal(hours), null, null, null, null, null, null)
                .checkIn(CATALOGUE)
                .sleepHours();
    }
}
