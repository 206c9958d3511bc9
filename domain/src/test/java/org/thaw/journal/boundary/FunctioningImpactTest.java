package org.thaw.journal.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thaw.platform.InvalidInputException;

/** The REST API sends the answer's name; anything else is refused naming the field. */
class FunctioningImpactTest {

    @Test
    void eachNameParsesToItsAnswer() {
        for (FunctioningImpact impact : FunctioningImpact.values()) {
            assertEquals(impact, FunctioningImpact.parse(impact.name()));
        }
    }

    @Test
    void letterCaseAndSurroundingBlanksAreForgiven() {
        assertEquals(FunctioningImpact.NOT_AT_ALL, FunctioningImpact.parse(" not_at_all "));
    }

    @Test
    void noAnswerIsNull() {
        assertNull(FunctioningImpact.parse(null));
        assertNull(FunctioningImpact.parse("  "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"VERY_MUCH", "Very much", "3", "NOT AT ALL"})
    void anythingElseIsRefusedNamingFunctioningImpactAndListingTheNames(String value) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> FunctioningImpact.parse(value));

        assertEquals("functioningImpact", refused.field());
        assertTrue(refused.getMessage().contains("NOT_AT_ALL, SOMEWHAT, VERY, EXTREMELY"), refused.getMessage());
    }

    @Test
    void thePatientReadsPlainWords() {
        assertEquals("Very much", FunctioningImpact.VERY.label());
    }
}
