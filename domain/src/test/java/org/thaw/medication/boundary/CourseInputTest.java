package org.thaw.medication.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.thaw.medication.control.MedicationCatalogue;
import org.thaw.medication.entity.CourseValues;
import org.thaw.platform.InvalidInputException;

/** A course's drug, codes and dates, checked as plain Java (Bean Validation's part is the boundary test's). */
class CourseInputTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 20);
    private static final LocalDate START = LocalDate.of(2026, 10, 1);
    private static final BigDecimal FIFTY = new BigDecimal("50");

    private static CourseInput input(String rxnorm, String name, Boolean antidepressant) {
        return new CourseInput(rxnorm, name, antidepressant, FIFTY, "mg", "daily", START, "Dr. Lee", null, null);
    }

    private static CourseValues values(CourseInput input) {
        return input.values(MedicationCatalogue.standard(), TODAY);
    }

    private static Set<String> refused(CourseInput input) {
        return assertThrows(InvalidInputException.class, () -> values(input)).errors().stream()
                .map(InvalidInputException.FieldError::field)
                .collect(Collectors.toSet());
    }

    @Test
    void aCatalogueCodeGivesTheCataloguesNameAndCountsAsAnAntidepressant() {
        CourseValues v = values(input("36437", "Sertraline", null));
        assertEquals("36437", v.rxnorm());
        assertEquals("sertraline", v.name());
        assertTrue(v.antidepressant());
        assertEquals(DoseUnit.MG, v.unit());
        assertEquals(Frequency.DAILY, v.frequency());
        assertEquals("Dr. Lee", v.prescriber());
    }

    @Test
    void aCatalogueNameAloneIsTheCatalogueDrugEvenWithoutACode() {
        assertEquals("36437", values(input(null, "sertraline", null)).rxnorm());
        CourseValues agomelatine = values(input(null, "Agomelatine", null));
        assertEquals(null, agomelatine.rxnorm());
        assertTrue(agomelatine.antidepressant());
    }

    @Test
    void anotherDrugNeedsTheClinicianToSayWhetherItIsAnAntidepressant() {
        assertEquals(Set.of("antidepressant"), refused(input(null, "trazodone", null)));
        CourseValues other = values(input(null, " trazodone ", true));
        assertEquals("trazodone", other.name());
        assertTrue(other.antidepressant());
        assertEquals(false, values(input(null, "propranolol", false)).antidepressant());
    }

    @Test
    void anUnknownCodeAMismatchedNameOrNoDrugAtAllIsRefusedNamingTheField() {
        assertEquals(Set.of("rxnorm"), refused(input("99999", null, null)));
        assertEquals(Set.of("name"), refused(input("36437", "fluoxetine", null)));
        assertEquals(Set.of("name"), refused(input(null, "  ", null)));
        assertEquals(Set.of("antidepressant"), refused(input("36437", null, false)));
    }

    @Test
    void unknownUnitsAndFrequenciesAreRefusedTogether() {
        CourseInput bad = new CourseInput("36437", null, null, FIFTY, "g", "hourly", START, null, null, null);
        assertEquals(Set.of("unit", "frequency"), refused(bad));
    }

    @Test
    void datesMustBeInOrderAndNotInTheFuture() {
        assertEquals(
                Set.of("startedOn"),
                refused(new CourseInput(
                        "36437", null, null, FIFTY, "mg", "daily", TODAY.plusDays(1), null, null, null)));
        assertEquals(
                Set.of("stoppedOn"),
                refused(new CourseInput(
                        "36437", null, null, FIFTY, "mg", "daily", START, null, START.minusDays(1), null)));
        assertEquals(
                Set.of("stoppedOn"),
                refused(new CourseInput(
                        "36437", null, null, FIFTY, "mg", "daily", START, null, TODAY.plusDays(1), null)));
        assertEquals(
                Set.of("stopReason"),
                refused(new CourseInput("36437", null, null, FIFTY, "mg", "daily", START, null, null, "nausea")));
        CourseValues stopped =
                values(new CourseInput("36437", null, null, FIFTY, "mg", "daily", START, null, START, " too flat "));
        assertEquals(START, stopped.stoppedOn(), "a one-day course is in order");
        assertEquals("too flat", stopped.stopReason());
    }
}
