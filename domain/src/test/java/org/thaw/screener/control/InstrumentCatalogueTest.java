package org.thaw.screener.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped definitions are the instruments of docs/clinical-rules.md, word for word where the
 * instrument is standardized; a definition that contradicts itself is refused when read.
 */
class InstrumentCatalogueTest {

    /** The published forms' notice (docs/clinical-rules.md, "Screeners"); the UI must show it with PHQ-9 and GAD-7. */
    private static final String PFIZER_NOTICE = "Copyright © Pfizer Inc. All rights reserved. Developed by Drs. "
            + "Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from "
            + "Pfizer Inc. No permission required to reproduce, translate, display or distribute.";

    private final InstrumentCatalogue catalogue = InstrumentCatalogue.standard();

    @Test
    void theShippedInstrumentsComeInTheIndexOrder() {
        assertEquals(List.of("PHQ-9", "GAD-7", "PCL-5", "WHO-5", "NUMBNESS"), catalogue.codes());
    }

    @Test
    void anInstrumentIsFoundByItsCodeInAnyCaseAndByVersion() {
        assertEquals("PHQ-9", catalogue.find("phq-9").orElseThrow().code());
        assertEquals("2", catalogue.find("Who-5").orElseThrow().version());
        assertEquals("1", catalogue.find("WHO-5", "1").orElseThrow().version());
        assertEquals("NUMBNESS", catalogue.find("numbness", "1").orElseThrow().code());
        assertTrue(catalogue.find("PHQ-9", "2").isEmpty(), "unknown version");
        assertTrue(catalogue.find("ODQ").isEmpty(), "never embedded");
        assertTrue(catalogue.find(null).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"PHQ-9, 10, 0, 27", "GAD-7, 8, 0, 21", "PCL-5, 20, 0, 80", "WHO-5, 5, 0, 100", "NUMBNESS, 15, 0, 30"})
    void eachInstrumentHasItsItemsAndTotalRange(String code, int items, int min, int max) {
        Instrument instrument = catalogue.find(code).orElseThrow();

        assertEquals(items, instrument.items().size());
        assertEquals(min, instrument.min());
        assertEquals(max, instrument.max());
    }

    @Test
    void phq9IsWordedAndCodedAsTheClinicalReferenceSays() {
        Instrument phq9 = catalogue.find("PHQ-9").orElseThrow();

        assertEquals(
                "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
                phq9.stem());
        assertEquals(PFIZER_NOTICE, phq9.notice());
        Item item9 = phq9.item("phq9-9").orElseThrow();
        assertEquals("Thoughts that you would be better off dead, or of hurting yourself in some way", item9.text());
        assertEquals("44260-8", item9.code());
        assertEquals(List.of("phq9-9"), phq9.safetyItems());
        assertEquals(
                "Feeling bad about yourself\u2014or that you are a failure or have let yourself or your family down",
                phq9.item("phq9-6").orElseThrow().text());
        assertTrue(phq9.item("phq9-8").orElseThrow().text().contains("Or the opposite\u2014being so fidgety"));
        assertEquals(
                List.of(
                        "44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3",
                        "44260-8", "69722-7"),
                phq9.items().stream().map(Item::code).toList());
        assertEquals(List.of("LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"), item9.codes());
        assertEquals(
                List.of("Not at all", "Several days", "More than half the days", "Nearly every day"),
                item9.options().stream().map(Option::text).toList());
        assertEquals("44249-1", phq9.loinc());
        assertEquals("44261-6", phq9.totalLoinc());
    }

    @Test
    void thePhq9DifficultyQuestionIsOptionalAndUnscored() {
        Item difficulty =
                catalogue.find("PHQ-9").orElseThrow().item("phq9-difficulty").orElseThrow();

        assertFalse(difficulty.scored());
        assertFalse(difficulty.required());
        assertEquals(List.of("LA6572-7", "LA6573-5", "LA6575-0", "LA6574-3"), difficulty.codes());
    }

    @Test
    void gad7CarriesTheSameNoticeAndItsOwnCodes() {
        Instrument gad7 = catalogue.find("GAD-7").orElseThrow();

        assertEquals(PFIZER_NOTICE, gad7.notice());
        assertEquals("Over the last 2 weeks, how often have you been bothered by the following problems?", gad7.stem());
        assertEquals(
                List.of("69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7", "69722-7"),
                gad7.items().stream().map(Item::code).toList());
        assertEquals("70274-6", gad7.totalLoinc());
    }

    @Test
    void gad7Version2AsksTheDifficultyQuestionAsThePublishedFormDoes() {
        Instrument gad7 = catalogue.find("GAD-7").orElseThrow();
        Item phq9Difficulty =
                catalogue.find("PHQ-9").orElseThrow().item("phq9-difficulty").orElseThrow();

        assertEquals("2", gad7.version());
        Item difficulty = gad7.item("gad7-difficulty").orElseThrow();
        assertEquals(
                "If you checked any problems, how difficult have they made it for you to do your work, take care "
                        + "of things at home, or get along with other people?",
                difficulty.text());
        assertEquals("69722-7", difficulty.code());
        assertFalse(difficulty.scored());
        assertFalse(difficulty.required());
        assertEquals(phq9Difficulty.codes(), difficulty.codes(), "the same four answers and LA codes");
        assertEquals(phq9Difficulty.options(), difficulty.options());
        assertEquals(7, catalogue.find("GAD-7", "1").orElseThrow().items().size(), "version 1 stays as answered");
    }

    @Test
    void who5Version2BandsAtTheReferencesCutOffsWithNeutralPatientLabels() {
        Instrument who5 = catalogue.find("WHO-5").orElseThrow();

        assertEquals(
                List.of("VERY_LOW", "POOR", "ADEQUATE"),
                who5.bands().stream().map(Band::code).toList());
        Band veryLow = who5.band(28);
        assertEquals("Very low well-being", veryLow.label());
        assertEquals("Likely depression (≤ 28): consider a depression assessment", veryLow.clinicianLabel());
        assertEquals("VERY_LOW", who5.band(0).code());
        assertEquals("POOR", who5.band(29).code());
        assertEquals("Poor well-being", who5.band(50).label());
        assertTrue(
                who5.band(50).clinicianLabel().contains("≤ 50"), who5.band(50).clinicianLabel());
        assertTrue(who5.band(50).clinicianLabel().contains("screen for depression"));
        assertEquals("ADEQUATE", who5.band(51).code(), "a recorded 51 is not poor");
        assertEquals(who5.band(51).label(), who5.band(51).clinicianLabel(), "no clinician label: the patient's");
        assertTrue(who5.notice().contains("World Health Organization"), who5.notice());
        assertTrue(who5.notice().contains("Psychiatric Research Unit, Mental Health Centre North Zealand"));
    }

    @Test
    void pcl5Version2NamesTheStressfulExperienceAndItsAuthorsAndKeepsBandCodesNeutral() {
        Instrument pcl5 = catalogue.find("PCL-5").orElseThrow();

        assertEquals("2", pcl5.version());
        assertTrue(
                pcl5.stem()
                        .startsWith("Below is a list of problems that people sometimes have in response to a "
                                + "very stressful experience. Keeping your worst event in mind,"),
                pcl5.stem());
        assertTrue(pcl5.stem().endsWith("In the past month, how much were you bothered by:"), pcl5.stem());
        assertTrue(pcl5.notice().contains("National Center for PTSD"), pcl5.notice());
        assertTrue(pcl5.notice().contains("Weathers"));
        assertTrue(pcl5.notice().contains("2013"));
        assertEquals("BELOW_CUTOFF", pcl5.band(30).code());
        Band above = pcl5.band(31);
        assertEquals("ABOVE_CUTOFF", above.code());
        assertEquals("Above the screening cut-off", above.label());
        assertEquals("At or above 31: probable PTSD — confirm with a clinical assessment", above.clinicianLabel());
        assertTrue(
                pcl5.items().stream().allMatch(item -> item.code() == null),
                "item codes only where verified: none are yet");
    }

    @Test
    void noBandCodeOrPatientLabelOfAnyVersionNamesADiagnosis() {
        for (String code : catalogue.codes()) {
            for (int v = 1; catalogue.find(code, String.valueOf(v)).isPresent(); v++) {
                for (Band band :
                        catalogue.find(code, String.valueOf(v)).orElseThrow().bands()) {
                    String patientFacing = (band.code() + " " + band.label()).toUpperCase(Locale.ROOT);
                    for (String word : List.of("PTSD", "DEPRESSION", "DISORDER")) {
                        assertFalse(patientFacing.contains(word), code + " v" + v + " band " + band.code());
                    }
                }
            }
        }
    }

    @Test
    void changeThresholdsAndDirectionsAreTheReferencesMinimalImportantDifferences() {
        assertEquals(5, catalogue.find("PHQ-9").orElseThrow().changeThreshold());
        assertEquals(4, catalogue.find("GAD-7").orElseThrow().changeThreshold());
        assertEquals(10, catalogue.find("PCL-5").orElseThrow().changeThreshold());
        Instrument who5 = catalogue.find("WHO-5").orElseThrow();
        assertEquals(10, who5.changeThreshold());
        assertFalse(who5.higherIsWorse());
        assertEquals(4, who5.multiplier());
        assertNull(catalogue.find("NUMBNESS").orElseThrow().changeThreshold());
    }

    @Test
    void theNumbnessCheckSaysItIsNotValidated() {
        Instrument numbness = catalogue.find("NUMBNESS").orElseThrow();

        assertFalse(numbness.validated());
        assertTrue(numbness.disclaimer().contains("not a validated instrument"));
        assertNull(numbness.notice());
        assertEquals(
                List.of(
                        "depression",
                        "anxiety",
                        "trauma",
                        "grief",
                        "stress_burnout",
                        "emotional_suppression",
                        "substance_use",
                        "medical_condition",
                        "medication",
                        "not_sure",
                        "other"),
                numbness.item("numb-triggers").orElseThrow().codes());
        assertEquals(
                List.of(
                        "sertraline",
                        "fluoxetine",
                        "escitalopram",
                        "citalopram",
                        "paroxetine",
                        "venlafaxine",
                        "duloxetine",
                        "bupropion",
                        "mirtazapine",
                        "vortioxetine",
                        "agomelatine",
                        "other"),
                numbness.item("numb-medication-name").orElseThrow().codes());
    }

    @Test
    void theLatestVersionIsFoundWithoutOneAndOldVersionsStayFindable() {
        Instrument v1 = InstrumentCatalogue.read(new StringReader(definition("1", BANDS, ITEMS)));
        Instrument v2 = InstrumentCatalogue.read(new StringReader(definition("2", BANDS, ITEMS)));
        InstrumentCatalogue both = InstrumentCatalogue.of(List.of(v2, v1));

        assertEquals("2", both.find("test").orElseThrow().version());
        assertEquals("1", both.find("TEST", "1").orElseThrow().version());
        assertThrows(IllegalStateException.class, () -> InstrumentCatalogue.of(List.of(v1, v1)));
    }

    @Test
    void aWellFormedDefinitionReads() {
        Instrument test = InstrumentCatalogue.read(new StringReader(definition("1", BANDS, ITEMS)));

        assertEquals(0, test.min());
        assertEquals(6, test.max());
        assertEquals("HIGH", test.band(4).code());
    }

    @Test
    void aBandsClinicianLabelIsOptionalAndDefaultsToThePatientsLabel() {
        Instrument test = InstrumentCatalogue.read(new StringReader(definition("1", """
                [{"code": "LOW", "label": "Low", "min": 0, "max": 3},
                 {"code": "HIGH", "label": "High", "clinicianLabel": "High: review", "min": 4, "max": 6}]
                """, ITEMS)));

        assertEquals("Low", test.band(3).clinicianLabel());
        assertEquals("High", test.band(4).label());
        assertEquals("High: review", test.band(4).clinicianLabel());
        assertRefused(
                "blank clinicianLabel",
                definition(
                        "1",
                        BANDS.replace("\"label\": \"Low\",", "\"label\": \"Low\", \"clinicianLabel\": \" \","),
                        ITEMS));
        assertRefused(
                "bands[0].clinicianLabel must be a string",
                definition(
                        "1",
                        BANDS.replace("\"label\": \"Low\",", "\"label\": \"Low\", \"clinicianLabel\": 3,"),
                        ITEMS));
        assertRefused(
                "unknown key 'clinicanLabel'",
                definition(
                        "1",
                        BANDS.replace("\"label\": \"Low\",", "\"label\": \"Low\", \"clinicanLabel\": \"x\","),
                        ITEMS));
    }

    @Test
    void aBandsClinicianLabelIsNeverWrittenIntoTheDefinitionsJson() throws Exception {
        // the patient's API serves instrument definitions as JSON-B writes them
        assertTrue(Band.class.getDeclaredField("clinicianLabel").isAnnotationPresent(JsonbTransient.class));
        assertTrue(Band.class.getMethod("clinicianLabel").isAnnotationPresent(JsonbTransient.class));
    }

    @Test
    void aGapInTheBandsIsRefused() {
        assertRefused("starts at 4, not at 3", definition("1", """
                [{"code": "LOW", "label": "Low", "min": 0, "max": 2}, {"code": "HIGH", "label": "High", "min": 4, "max": 6}]
                """, ITEMS));
    }

    @Test
    void overlappingBandsOrBandsShortOfTheHighestTotalAreRefused() {
        assertRefused("starts at 3, not at 4", definition("1", """
                [{"code": "LOW", "label": "Low", "min": 0, "max": 3}, {"code": "HIGH", "label": "High", "min": 3, "max": 6}]
                """, ITEMS));
        assertRefused("not at the highest total 6", definition("1", """
                [{"code": "LOW", "label": "Low", "min": 0, "max": 2}, {"code": "HIGH", "label": "High", "min": 3, "max": 5}]
                """, ITEMS));
    }

    @Test
    void aRepeatedLinkIdIsRefused() {
        assertRefused("the linkId t-1 appears twice", definition("1", BANDS, ITEMS.replace("\"t-2\"", "\"t-1\"")));
    }

    @Test
    void repeatedScoresAndSafetyItemsThatAreNotChoicesOrAbsentAreRefused() {
        assertRefused(
                "the score 1 appears twice", definition("1", BANDS, ITEMS.replace("\"score\": 2", "\"score\": 1")));
        assertRefused(
                "the safety item t-9 is not an item",
                definition("1", BANDS, ITEMS).replace("\"safetyItems\": [\"t-2\"]", "\"safetyItems\": [\"t-9\"]"));
        assertRefused(
                "the safety item t-3 is not a CHOICE",
                definition("1", BANDS, ITEMS).replace("\"safetyItems\": [\"t-2\"]", "\"safetyItems\": [\"t-3\"]"));
    }

    @Test
    void anEnableWhenOnALaterItemOrAnAnswerNotOfferedIsRefused() {
        String forward = ITEMS.replace(
                "{\"linkId\": \"t-3\",",
                "{\"linkId\": \"t-3\", \"enableWhen\": {\"linkId\": \"t-4\", \"answer\": \"yes\"},");
        forward = forward.substring(0, forward.lastIndexOf(']')) + ", {\"linkId\": \"t-4\", \"text\": \"Q4\", "
                + "\"type\": \"CODE\", \"options\": [{\"code\": \"yes\", \"text\": \"Yes\"}]}]";
        assertRefused("t-4, which is not an earlier item", definition("1", BANDS, forward));
        String afterwards = ITEMS.substring(0, ITEMS.lastIndexOf(']')) + ", {\"linkId\": \"t-4\", \"text\": \"Q4\", "
                + "\"type\": \"DATE\", \"required\": false, \"enableWhen\": {\"linkId\": \"t-3\", \"answer\": \"maybe\"}}]";
        assertRefused("the answer 'maybe', which t-3 does not offer", definition("1", BANDS, afterwards));
    }

    @Test
    void anOptionalScoredItemIsRefusedBecauseTotalsWouldNotCompare() {
        assertRefused(
                "must be required",
                definition("1", BANDS, ITEMS.replaceFirst("\"required\": true", "\"required\": false")));
    }

    @Test
    void anUnvalidatedInstrumentWithoutDisclaimerIsRefused() {
        assertRefused(
                "disclaimer", definition("1", BANDS, ITEMS).replace("\"validated\": true", "\"validated\": false"));
    }

    @Test
    void misspeltKeysWrongTypesAndBrokenJsonAreRefused() {
        assertRefused(
                "unknown key 'requierd'", definition("1", BANDS, ITEMS.replaceFirst("\"required\"", "\"requierd\"")));
        assertRefused(
                "items[0].options[1].score must be a whole number",
                definition("1", BANDS, ITEMS.replaceFirst("\"score\": 1", "\"score\": 1.5")));
        assertRefused("items[2].type 'CHECKBOX'", definition("1", BANDS, ITEMS.replace("\"CODE\"", "\"CHECKBOX\"")));
        assertRefused("version '1.0'", definition("1.0", BANDS, ITEMS));
        assertRefused("not valid JSON", "{\"code\": ");
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        assertRefused(
                "not valid JSON",
                definition("1", BANDS, ITEMS)
                        .replace("\"validated\": true", "\"validated\": true, \"validated\": false"));
    }

    @Test
    void aWrongFileFailsNamingIt() {
        IllegalStateException broken = assertThrows(
                IllegalStateException.class,
                () -> InstrumentCatalogue.load(
                        files("test.v1.json", definition("1", BANDS, ITEMS.replace("\"t-2\"", "\"t-1\"")))));

        assertTrue(
                broken.getMessage().startsWith("The screener definition instruments/test.v1.json is wrong: "),
                broken.getMessage());
        assertTrue(broken.getMessage().contains("t-1 appears twice"), broken.getMessage());
    }

    @Test
    void aFileMustBeNamedAfterTheCodeAndVersionItDefines() {
        IllegalStateException misnamed = assertThrows(
                IllegalStateException.class,
                () -> InstrumentCatalogue.load(files("test.v2.json", definition("1", BANDS, ITEMS))));

        assertTrue(misnamed.getMessage().contains("must be named test.v1.json"), misnamed.getMessage());
        assertEquals(
                List.of("TEST"),
                InstrumentCatalogue.load(files("test.v1.json", definition("1", BANDS, ITEMS)))
                        .codes());
    }

    /** An index naming one file, and that file, as the loader opens them by class-path name. */
    private static Function<String, Reader> files(String file, String json) {
        Map<String, String> files =
                Map.of(InstrumentCatalogue.INDEX, "# test\n" + file + "\n", InstrumentCatalogue.FOLDER + file, json);
        return name -> new StringReader(files.get(name));
    }

    private static void assertRefused(String expected, String json) {
        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> InstrumentCatalogue.read(new StringReader(json)));
        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
    }

    private static final String BANDS = """
            [{"code": "LOW", "label": "Low", "min": 0, "max": 3}, {"code": "HIGH", "label": "High", "min": 4, "max": 6}]
            """;

    private static final String ITEMS = """
            [{"linkId": "t-1", "text": "Q1", "type": "CHOICE", "scored": true, "required": true,
              "options": [{"score": 0, "text": "No"}, {"score": 1, "text": "Some"}, {"score": 2, "text": "Much"},
                          {"score": 3, "text": "All"}]},
             {"linkId": "t-2", "text": "Q2", "type": "CHOICE", "scored": true, "required": true,
              "options": [{"score": 0, "text": "No"}, {"score": 3, "text": "Yes"}]},
             {"linkId": "t-3", "text": "Q3", "type": "CODE", "required": false,
              "options": [{"code": "yes", "text": "Yes"}, {"code": "no", "text": "No"}]}]
            """;

    private static String definition(String version, String bands, String items) {
        return """
                {"code": "TEST", "version": "%s", "title": "Test instrument", "shortTitle": "Test", "validated": true,
                 "stem": "Lately:", "scoring": {"method": "SUM", "multiplier": 1}, "bands": %s,
                 "changeThreshold": 2, "higherIsWorse": true, "safetyItems": ["t-2"], "items": %s}
                """.formatted(version, bands, items);
    }
}
