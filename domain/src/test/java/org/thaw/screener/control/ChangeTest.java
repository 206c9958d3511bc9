package org.thaw.screener.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thaw.screener.boundary.ChangeLabel;

/** Meaningful change counts from exactly each instrument's threshold; response and remission as in PHQ-9 practice. */
class ChangeTest {

    private final InstrumentCatalogue catalogue = InstrumentCatalogue.standard();

    @ParameterizedTest(name = "{0} {1} -> {2}: {3}")
    @CsvSource({
        "PHQ-9, 10, 15, WORSE",
        "PHQ-9, 10, 14, NO_MEANINGFUL_CHANGE",
        "PHQ-9, 15, 10, IMPROVED",
        "PHQ-9, 14, 10, NO_MEANINGFUL_CHANGE",
        "GAD-7, 6, 10, WORSE",
        "GAD-7, 6, 9, NO_MEANINGFUL_CHANGE",
        "GAD-7, 10, 6, IMPROVED",
        "GAD-7, 10, 7, NO_MEANINGFUL_CHANGE",
        "PCL-5, 30, 40, WORSE",
        "PCL-5, 30, 39, NO_MEANINGFUL_CHANGE",
        "PCL-5, 40, 30, IMPROVED",
        "PCL-5, 40, 31, NO_MEANINGFUL_CHANGE",
        "WHO-5, 40, 52, IMPROVED",
        "WHO-5, 40, 50, IMPROVED",
        "WHO-5, 40, 48, NO_MEANINGFUL_CHANGE",
        "WHO-5, 52, 40, WORSE",
        "WHO-5, 52, 44, NO_MEANINGFUL_CHANGE",
        "PHQ-9, 8, 8, NO_MEANINGFUL_CHANGE"
    })
    void changeCountsFromExactlyTheThresholdInTheInstrumentsDirection(
            String code, int from, int to, ChangeLabel label) {
        assertEquals(label, Change.between(catalogue.find(code).orElseThrow(), from, to));
    }

    @Test
    void anInstrumentWithoutAThresholdMakesNoClaim() {
        assertNull(Change.between(catalogue.find("NUMBNESS").orElseThrow(), 5, 25));
    }

    @Test
    void responseIsAFallToHalfTheBaselineOrLess() {
        assertTrue(Change.response(20, 10), "exactly 50 %");
        assertFalse(Change.response(20, 11), "just above 50 %");
        assertTrue(Change.response(15, 7));
        assertFalse(Change.response(15, 8), "8 is more than half of 15");
        assertFalse(Change.response(0, 0), "nothing to fall from");
    }

    @Test
    void responseAndRemissionAreJudgedOnlyFromABaselineAboveNine() {
        assertFalse(Change.tracksResponse(9), "a patient who started at 9 gets change labels only");
        assertTrue(Change.tracksResponse(10));
        assertFalse(Change.tracksResponse(3));
    }

    @Test
    void remissionIsATotalUnderFive() {
        assertTrue(Change.remission(4));
        assertFalse(Change.remission(5));
        assertTrue(Change.remission(0));
    }
}
