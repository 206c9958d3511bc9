package org.thaw.medication.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thaw.medication.boundary.CatalogueDrug;
import org.thaw.medication.boundary.DrugClass;
import org.thaw.platform.InvalidInputException;

/** The shipped catalogues say what clinical-reference.md says, and a broken file fails loudly. */
class MedicationCatalogueTest {

    private final MedicationCatalogue catalogue = MedicationCatalogue.standard();

    @Test
    void theAntidepressantsAreClinicalReferencesWithTheirIngredientCodesAndClasses() {
        assertEquals(
                List.of(
                        new CatalogueDrug("36437", "sertraline", DrugClass.SSRI),
                        new CatalogueDrug("4493", "fluoxetine", DrugClass.SSRI),
                        new CatalogueDrug("321988", "escitalopram", DrugClass.SSRI),
                        new CatalogueDrug("2556", "citalopram", DrugClass.SSRI),
                        new CatalogueDrug("32937", "paroxetine", DrugClass.SSRI),
                        new CatalogueDrug("39786", "venlafaxine", DrugClass.SNRI),
                        new CatalogueDrug("72625", "duloxetine", DrugClass.SNRI),
                        new CatalogueDrug("42347", "bupropion", DrugClass.NDRI),
                        new CatalogueDrug("15996", "mirtazapine", DrugClass.NASSA),
                        new CatalogueDrug("1455099", "vortioxetine", DrugClass.MULTIMODAL),
                        new CatalogueDrug(null, "agomelatine", DrugClass.MELATONERGIC)),
                catalogue.antidepressants());
        assertEquals("NaSSA", catalogue.byRxnorm("15996").orElseThrow().classLabel());
    }

    @Test
    void aDrugIsFoundByCodeOrByNameWhateverItsCase() {
        assertEquals("sertraline", catalogue.byRxnorm("36437").orElseThrow().name());
        assertEquals(
                DrugClass.MELATONERGIC,
                catalogue.byName("  Agomelatine ").orElseThrow().drugClass());
        assertTrue(catalogue.byRxnorm("99999").isEmpty());
        assertTrue(catalogue.byRxnorm(null).isEmpty());
        assertTrue(catalogue.byName("propranolol").isEmpty());
    }

    @Test
    void theSideEffectCodesAreTheIssuesInDisplayOrder() {
        assertEquals(
                List.of(
                        "blunting",
                        "drowsiness",
                        "insomnia",
                        "nausea",
                        "sexual",
                        "weight_change",
                        "headache",
                        "restlessness",
                        "dizziness",
                        "other"),
                List.copyOf(catalogue.effects().keySet()));
    }

    @Test
    void reportedEffectsAreKeptOnceInCatalogueOrderAndAnUnknownOneIsRefusedNamingEffects() {
        assertEquals(
                List.of("nausea", "headache"), catalogue.checkedEffects(List.of("headache", "nausea", "headache")));
        assertEquals(List.of(), catalogue.checkedEffects(null));
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> catalogue.checkedEffects(List.of("nausea", "tired")));
        assertEquals("effects", refused.field());
        assertTrue(refused.getMessage().contains("'tired'"), refused.getMessage());
    }

    @Test
    void aBrokenDrugFileFailsNamingTheLine() throws IOException {
        List<String[]> rows = MedicationCatalogue.rows(
                "drugs.csv", new StringReader("# comment\nrxnorm,name,class\n36437,sertraline,SSRI\nx1,bad,SSRI\n"));
        IllegalStateException broken = assertThrows(IllegalStateException.class, () -> MedicationCatalogue.drugs(rows));
        assertTrue(broken.getMessage().startsWith("drugs.csv line 4"), broken.getMessage());

        List<String[]> unknownClass =
                MedicationCatalogue.rows("drugs.csv", new StringReader("rxnorm,name,class\n1,x,TRICYCLIC\n"));
        assertThrows(IllegalStateException.class, () -> MedicationCatalogue.drugs(unknownClass));
        List<String[]> twice =
                MedicationCatalogue.rows("drugs.csv", new StringReader("rxnorm,name,class\n1,x,SSRI\n2,X,SNRI\n"));
        assertThrows(IllegalStateException.class, () -> MedicationCatalogue.drugs(twice));
    }
}
