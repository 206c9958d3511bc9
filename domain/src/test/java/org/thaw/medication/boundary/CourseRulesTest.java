package org.thaw.medication.boundary;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.thaw.medication.entity.CourseValues;
import org.thaw.medication.entity.DoseChange;
import org.thaw.platform.InvalidInputException;

/** Dose changes, stops and corrections stay within their course. */
class CourseRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final LocalDate START = LocalDate.of(2026, 10, 1);

    private static CourseValues course(LocalDate stoppedOn) {
        return new CourseValues(
                "36437",
                "sertraline",
                true,
                new BigDecimal("50"),
                DoseUnit.MG,
                Frequency.DAILY,
                START,
                null,
                stoppedOn,
                null);
    }

    private static DoseChange change(LocalDate on, String dose, DoseUnit unit, Frequency frequency) {
        return new DoseChange(UUID.randomUUID(), on, new BigDecimal(dose), unit, frequency, "dr.one", Instant.EPOCH);
    }

    private static String refusedField(Runnable call) {
        return assertThrows(InvalidInputException.class, call::run).field();
    }

    @Test
    void aDoseChangeBeforeTheStartAfterTheStopOrInTheFutureIsRefusedNamingOn() {
        BigDecimal hundred = new BigDecimal("100");
        assertEquals(
                "on",
                refusedField(() -> CourseRules.doseChange(
                        DoseChangeInput.of(START.minusDays(1), hundred), course(null), List.of(), TODAY)));
        assertEquals(
                "on",
                refusedField(() -> CourseRules.doseChange(
                        DoseChangeInput.of(START.plusDays(11), hundred),
                        course(START.plusDays(10)),
                        List.of(),
                        TODAY)));
        assertEquals(
                "on",
                refusedField(() -> CourseRules.doseChange(
                        DoseChangeInput.of(TODAY.plusDays(1), hundred), course(null), List.of(), TODAY)));
        assertDoesNotThrow(
                () -> CourseRules.doseChange(DoseChangeInput.of(START, hundred), course(null), List.of(), TODAY));
    }

    @Test
    void aDoseChangeKeepsTheUnitAndFrequencyInForceOnItsDayUnlessGiven() {
        List<DoseChange> changes = List.of(change(START.plusDays(10), "5", DoseUnit.ML, Frequency.TWICE_DAILY));
        assertEquals(
                new CourseRules.Resolved(DoseUnit.MG, Frequency.DAILY),
                CourseRules.doseChange(
                        DoseChangeInput.of(START.plusDays(5), BigDecimal.TEN), course(null), changes, TODAY));
        assertEquals(
                new CourseRules.Resolved(DoseUnit.ML, Frequency.TWICE_DAILY),
                CourseRules.doseChange(
                        DoseChangeInput.of(START.plusDays(20), BigDecimal.TEN), course(null), changes, TODAY));
        assertEquals(
                "unit",
                refusedField(() -> CourseRules.doseChange(
                        new DoseChangeInput(START.plusDays(20), BigDecimal.TEN, "drops", null),
                        course(null),
                        changes,
                        TODAY)));
    }

    @Test
    void aStopBeforeTheStartOrTheLastDoseChangeOrOfAStoppedCourseIsRefusedNamingOn() {
        List<DoseChange> changes = List.of(change(START.plusDays(10), "100", DoseUnit.MG, Frequency.DAILY));
        assertEquals(
                "on",
                refusedField(() ->
                        CourseRules.stop(new StopInput(START.minusDays(1), null), course(null), List.of(), TODAY)));
        assertEquals(
                "on",
                refusedField(
                        () -> CourseRules.stop(new StopInput(START.plusDays(9), null), course(null), changes, TODAY)));
        assertEquals(
                "on",
                refusedField(() -> CourseRules.stop(
                        new StopInput(START.plusDays(20), null), course(START.plusDays(15)), List.of(), TODAY)));
        assertDoesNotThrow(
                () -> CourseRules.stop(new StopInput(START.plusDays(10), null), course(null), changes, TODAY));
    }

    @Test
    void aCorrectionKeepsTheDoseChangesWithinTheCourse() {
        List<DoseChange> changes = List.of(
                change(START.plusDays(10), "100", DoseUnit.MG, Frequency.DAILY),
                change(START.plusDays(20), "150", DoseUnit.MG, Frequency.DAILY));
        CourseValues laterStart = new CourseValues(
                "36437",
                "sertraline",
                true,
                BigDecimal.TEN,
                DoseUnit.MG,
                Frequency.DAILY,
                START.plusDays(11),
                null,
                null,
                null);
        assertEquals("startedOn", refusedField(() -> CourseRules.correction(laterStart, changes)));
        assertEquals("stoppedOn", refusedField(() -> CourseRules.correction(course(START.plusDays(19)), changes)));
        assertDoesNotThrow(() -> CourseRules.correction(course(START.plusDays(20)), changes));
    }
}
