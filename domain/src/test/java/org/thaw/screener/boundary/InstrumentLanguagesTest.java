package org.thaw.screener.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.thaw.screener.control.InstrumentCatalogue;

/**
 * Spanish exists for Thaw's own numbness check, complete; the validated instruments have no
 * Spanish version (no official wording Thaw can cite yet), so a Spanish reader answers them in
 * English and the response says so.
 */
class InstrumentLanguagesTest {

    private static InstrumentDefinition latest(String code) {
        return InstrumentDefinition.of(InstrumentCatalogue.standard().find(code).orElseThrow());
    }

    @Test
    void theNumbnessCheckHasASpanishTextForEverythingThePatientReads() {
        InstrumentDefinition english = latest("NUMBNESS");
        Properties spanish = InstrumentLanguages.translation("NUMBNESS", english.version(), "es")
                .orElseThrow();
        List<String> needed = new ArrayList<>(List.of("title", "shortTitle", "disclaimer", "period", "stem"));
        english.bands().forEach(b -> needed.add("band." + b.code()));
        for (InstrumentDefinition.Item item : english.items()) {
            needed.add("item." + item.linkId());
            item.options()
                    .forEach(o ->
                            needed.add("option." + item.linkId() + "." + (o.code() != null ? o.code() : o.score())));
        }
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(spanish.stringPropertyNames());
        assertEquals(Set.of(), missing);
        Set<String> unknown = new TreeSet<>(spanish.stringPropertyNames());
        needed.forEach(unknown::remove);
        assertEquals(Set.of(), unknown, "keys that match no text of the check");
    }

    @Test
    void aSpanishReaderReadsTheNumbnessCheckInSpanishAndAnswersTheSpanishVersion() {
        InstrumentDefinition english = latest("NUMBNESS");
        InstrumentDefinition spanish = InstrumentLanguages.in(english, "es");
        assertEquals("Revisión de entumecimiento emocional de Thaw", spanish.title());
        assertEquals("Sentirse apagado/a", spanish.items().get(0).text());
        assertEquals("Nada", spanish.items().get(0).options().get(0).text());
        assertEquals("Pocas señales de entumecimiento", spanish.bandLabel("FEW").orElseThrow());
        assertEquals("es", InstrumentLanguages.versionFor(english, "es"));
        // what is scored and stored is the same
        assertEquals(
                english.items().get(0).options().get(3).score(),
                spanish.items().get(0).options().get(3).score());
        assertEquals(english.items().size(), spanish.items().size());
    }

    @Test
    void theValidatedInstrumentsStayEnglish() {
        for (String code : List.of("PHQ-9", "GAD-7", "PCL-5", "WHO-5")) {
            InstrumentDefinition english = latest(code);
            assertSame(english, InstrumentLanguages.in(english, "es"), code);
            assertEquals("en", InstrumentLanguages.versionFor(english, "es"), code);
        }
    }

    @Test
    void anEnglishReaderOrAnOddTagGetsTheDefinitionAsWritten() {
        InstrumentDefinition english = latest("NUMBNESS");
        assertSame(english, InstrumentLanguages.in(english, "en"));
        assertSame(english, InstrumentLanguages.in(english, "../es"));
        assertNotEquals("es", InstrumentLanguages.versionFor(english, "fr"));
    }
}
