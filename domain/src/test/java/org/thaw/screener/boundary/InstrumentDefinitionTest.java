package org.thaw.screener.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbTransient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thaw.screener.control.Instrument;
import org.thaw.screener.control.InstrumentCatalogue;

/**
 * The contract of {@code GET /portal/api/instruments/{code}}: what {@link InstrumentDefinition}
 * writes is what the catalogue's {@link Instrument} wrote before it, field for field, for every
 * shipped definition file. Field names and values are compared, not bytes: a later field may be
 * added, none may be renamed, dropped or changed.
 *
 * <p>Both are records, and JSON-B writes a record as its components by name, leaving out null ones
 * and those marked {@link JsonbTransient}; enums as their names. {@link #json} writes them the same
 * way with JSON-P, so this runs without a JSON-B provider (Payara brings its own).
 */
class InstrumentDefinitionTest {

    @Test
    void everyShippedDefinitionWritesTheFieldsAndValuesTheCatalogueInstrumentWrote() {
        List<Instrument> shipped = shipped();
        assertEquals(8, shipped.size(), "one check per file of " + InstrumentCatalogue.INDEX);
        for (Instrument instrument : shipped) {
            String where = instrument.code() + " v" + instrument.version();
            JsonValue before = json(instrument);
            JsonValue now = json(InstrumentDefinition.of(instrument));
            assertContains(before, now, where);
        }
    }

    @Test
    void fieldNamesArePinned() {
        JsonObject phq9 = json(InstrumentDefinition.of(
                        InstrumentCatalogue.standard().find("PHQ-9").orElseThrow()))
                .asJsonObject();
        assertEquals(
                Set.of(
                        "code",
                        "version",
                        "title",
                        "shortTitle",
                        "validated",
                        "period",
                        "stem",
                        "notice",
                        "loinc",
                        "totalLoinc",
                        "multiplier",
                        "bands",
                        "changeThreshold",
                        "higherIsWorse",
                        "safetyItems",
                        "items"),
                phq9.keySet(),
                "PHQ-9 has no disclaimer (validated)");
        assertEquals(
                Set.of("code", "label", "min", "max"),
                phq9.getJsonArray("bands").getJsonObject(0).keySet());
        JsonObject item9 = phq9.getJsonArray("items").getJsonObject(8);
        assertEquals(Set.of("linkId", "text", "code", "type", "scored", "required", "options"), item9.keySet());
        assertEquals("phq9-9", item9.getString("linkId"));
        assertEquals("CHOICE", item9.getString("type"));
        assertEquals(
                Set.of("score", "code", "text"),
                item9.getJsonArray("options").getJsonObject(0).keySet());
        assertEquals(List.of("phq9-9"), phq9.getJsonArray("safetyItems").getValuesAs(JsonString::getString));

        JsonObject numbness = json(InstrumentDefinition.of(
                        InstrumentCatalogue.standard().find("NUMBNESS").orElseThrow()))
                .asJsonObject();
        JsonObject medicine = numbness.getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(i -> i.containsKey("enableWhen"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                Set.of("linkId", "answer"), medicine.getJsonObject("enableWhen").keySet());
    }

    @Test
    void neitherClinicianLabelsNorTheScaleEndsAreWritten() {
        for (Instrument instrument : shipped()) {
            InstrumentDefinition definition = InstrumentDefinition.of(instrument);
            String written = json(definition).toString();
            assertFalse(written.contains("clinicianLabel"), instrument.code());
            assertFalse(json(definition).asJsonObject().containsKey("min"), instrument.code());
            assertEquals(instrument.min(), definition.min(), instrument.code());
            assertEquals(instrument.max(), definition.max(), instrument.code());
        }
    }

    @Test
    void aQuestionIsAskedWhenTheEarlierAnswerIsTheOneItWaitsFor() {
        EnableWhen whenYes = new EnableWhen("numb-medication", "yes");
        assertTrue(whenYes.isMetBy(Map.of("numb-medication", "yes")));
        assertFalse(whenYes.isMetBy(Map.of("numb-medication", "no")));
        assertFalse(whenYes.isMetBy(Map.of()), "not answered yet: not asked");
        assertTrue(whenYes.isMetBy(Map.of("numb-medication", List.of("maybe", "yes"))), "one of several codes");
        assertFalse(whenYes.isMetBy(Map.of("numb-medication", List.of())));
        EnableWhen whenTwo = new EnableWhen("phq9-1", "2");
        assertTrue(whenTwo.isMetBy(Map.of("phq9-1", 2)), "a score as a number");
        assertTrue(whenTwo.isMetBy(Map.of("phq9-1", "2")), "a score as the page holds it");
        assertFalse(whenTwo.isMetBy(Map.of("phq9-1", 1)));
    }

    /** Every version of every instrument the application ships, as its file reads. */
    private static List<Instrument> shipped() {
        List<Instrument> instruments = new ArrayList<>();
        ClassLoader loader = InstrumentDefinitionTest.class.getClassLoader();
        try (BufferedReader index = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(loader.getResourceAsStream(InstrumentCatalogue.INDEX)),
                StandardCharsets.UTF_8))) {
            for (String file : index.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList()) {
                try (Reader reader = new InputStreamReader(
                        Objects.requireNonNull(loader.getResourceAsStream(InstrumentCatalogue.FOLDER + file)),
                        StandardCharsets.UTF_8)) {
                    instruments.add(InstrumentCatalogue.read(reader));
                }
            }
        } catch (IOException e) {
            fail(e);
        }
        return instruments;
    }

    /** Every field of {@code expected} is in {@code actual} with the same value; arrays match element by element. */
    private static void assertContains(JsonValue expected, JsonValue actual, String where) {
        if (expected instanceof JsonObject e) {
            assertTrue(actual instanceof JsonObject, where + " is an object");
            JsonObject a = actual.asJsonObject();
            for (String key : e.keySet()) {
                assertTrue(a.containsKey(key), where + "." + key + " is written");
                assertContains(e.get(key), a.get(key), where + "." + key);
            }
        } else if (expected instanceof JsonArray e) {
            assertTrue(actual instanceof JsonArray, where + " is an array");
            assertEquals(e.size(), actual.asJsonArray().size(), where + " has as many elements");
            for (int i = 0; i < e.size(); i++) {
                assertContains(e.get(i), actual.asJsonArray().get(i), where + "[" + i + "]");
            }
        } else {
            assertEquals(expected, actual, where);
        }
    }

    /** A value as JSON-B writes it by default: records by component, nulls and transient components left out. */
    static JsonValue json(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof String s) {
            return Json.createValue(s);
        }
        if (value instanceof Integer n) {
            return Json.createValue(n);
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Enum<?> e) {
            return Json.createValue(e.name());
        }
        if (value instanceof List<?> list) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            list.forEach(v -> array.add(json(v)));
            return array.build();
        }
        if (value instanceof Record record) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                if (c.getAccessor().isAnnotationPresent(JsonbTransient.class)) {
                    continue;
                }
                try {
                    Object v = c.getAccessor().invoke(record);
                    if (v != null) {
                        object.add(c.getName(), json(v));
                    }
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
            return object.build();
        }
        throw new AssertionError("no JSON form for " + value.getClass().getName());
    }
}
