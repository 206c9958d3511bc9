package org.thaw.integration.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.thaw.platform.InvalidInputException;

/** The one JSON body reader: nothing coerced, every refusal names its field. */
class StrictJsonTest {

    /** A request shaped like the journal's. */
    public static class Entry {
        @Min(0)
        @Max(10)
        public Integer numbness;

        public Integer activityMinutes;
        public BigDecimal sleepHours;
        public Boolean hopeless;
        public List<String> emotions;
        public String note;
        public JsonObject answers;
    }

    private static Entry bind(String json) {
        return StrictJson.bind(Entry.class, json.getBytes(StandardCharsets.UTF_8));
    }

    private static InvalidInputException refused(String json) {
        return assertThrows(InvalidInputException.class, () -> bind(json));
    }

    @Test
    void aWellFormedBodyBindsEveryType() {
        Entry e = bind("{\"numbness\": 7, \"sleepHours\": 6.5, \"hopeless\": false, \"emotions\": [\"sad\", \"empty\"],"
                + " \"note\": \"a “quoted” line 🙂\", \"answers\": {\"phq9-1\": 2}, \"activityMinutes\": null}");

        assertEquals(7, e.numbness);
        assertEquals(new BigDecimal("6.5"), e.sleepHours);
        assertEquals(Boolean.FALSE, e.hopeless);
        assertEquals(List.of("sad", "empty"), e.emotions);
        assertEquals("a “quoted” line 🙂", e.note, "a surrogate pair is one character, and fine");
        assertEquals(2, e.answers.getInt("phq9-1"));
        assertNull(e.activityMinutes, "null is the same as left out");
    }

    @ParameterizedTest(name = "numbness {0} is refused")
    @ValueSource(strings = {"4294967301", "1e308", "7.9", "7.0", "7e0", "-4294967296", "\"7\"", "true", "[7]", "{}"})
    void anIntegerIsAnIntegerLiteralWithinRangeAndNothingElse(String value) {
        InvalidInputException e = refused("{\"numbness\": " + value + "}");

        assertEquals("numbness", e.field());
        assertTrue(e.getMessage().startsWith("must be a whole number from 0 to 10"), e.getMessage());
    }

    @Test
    void anIntegerOutOfTheFieldsRangeButWithinIntIsLeftForTheDomainToRefuseInItsWords() {
        assertEquals(11, bind("{\"numbness\": 11}").numbness);
        assertEquals(-3, bind("{\"activityMinutes\": -3}").activityMinutes);
        assertEquals(
                "must be a whole number",
                refused("{\"activityMinutes\": 4294968296}").getMessage());
    }

    @ParameterizedTest(name = "hopeless {0} is refused")
    @ValueSource(strings = {"\"yes\"", "1", "0", "\"' OR 1=1\"", "\"true\"", "\"false\""})
    void aBooleanIsTrueOrFalseOnly(String value) {
        InvalidInputException e = refused("{\"hopeless\": " + value + "}");

        assertEquals("hopeless", e.field());
        assertEquals("must be true or false", e.getMessage());
    }

    @Test
    void textAndListsTakeOnlyTheirOwnJsonTypes() {
        assertEquals("note", refused("{\"note\": 5}").field());
        assertEquals("emotions", refused("{\"emotions\": \"sad\"}").field());
        assertEquals("emotions", refused("{\"emotions\": [\"sad\", 3]}").field());
        assertEquals("sleepHours", refused("{\"sleepHours\": \"6.5\"}").field());
        assertEquals("answers", refused("{\"answers\": [1]}").field());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"note\": \"a\\u0000b\"}|note",
                "{\"note\": \"\\ud800\"}|note",
                "{\"note\": \"a\\udc00b\"}|note",
                "{\"answers\": {\"phq9-1\\u0000\": 1}}|answers",
                "{\"answers\": {\"x\": \"\\u0000\"}}|answers.x"
            })
    void textWithoutNulOrHalfASurrogatePair(String json, String field) {
        assertEquals(field, refused(json).field());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "[]",
                "null",
                "1",
                "\"text\"",
                "{} {}",
                "{\"numbness\": 1} x",
                "{\"numbness\": 1,}",
                "{\"numbness\": }",
                "{",
                "not json"
            })
    void theBodyIsExactlyOneJsonObject(String json) {
        assertEquals("body", refused(json).field());
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        InvalidInputException e = refused("{\"hopeless\": false, \"hopeless\": true}");

        assertEquals("hopeless", e.field());
        assertEquals("is given twice", e.getMessage());
        assertEquals("answers.a", refused("{\"answers\": {\"a\": 1, \"a\": 2}}").field());
    }

    @Test
    void aMemberTheRequestDoesNotHaveIsRefusedNotIgnored() {
        InvalidInputException e = refused("{\"numbnes\": 7}");

        assertEquals("numbnes", e.field());
        assertTrue(e.getMessage().contains("allowed are numbness, activityMinutes"), e.getMessage());
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] latin1 = "{\"note\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> StrictJson.bind(Entry.class, latin1));

        assertEquals("body", e.field());
        assertEquals("is not valid UTF-8", e.getMessage());
    }

    @Test
    void deepNestingIsRefusedBeforeItCanExhaustAStack() {
        String deep = "{\"answers\": " + "[".repeat(600) + "]".repeat(600) + "}";

        InvalidInputException e = refused(deep);

        assertEquals("body", e.field());
        assertTrue(e.getMessage().startsWith("is nested too deeply"), e.getMessage());
    }

    @Test
    void numbersRememberHowTheyWereWritten() {
        JsonObject o =
                StrictJson.parse("{\"a\": 2, \"b\": 2.0, \"c\": 2e0, \"d\": 20E-1}".getBytes(StandardCharsets.UTF_8));

        assertTrue(o.getJsonNumber("a").isIntegral());
        for (String written : List.of("b", "c", "d")) {
            JsonNumber n = o.getJsonNumber(written);
            assertFalse(n.isIntegral(), written + " was not written as an integer");
            assertEquals(0, n.bigDecimalValue().compareTo(BigDecimal.valueOf(2)));
        }
    }

    @Test
    void anEmptyOrMissingBodyIsRefusedNamingTheBody() {
        assertEquals(
                "body",
                assertThrows(InvalidInputException.class, () -> StrictJson.parse(new byte[0]))
                        .field());
    }

    /** A request holding a list of request objects and a version, as the plan's body does. */
    public static class Outer {
        public List<Item> items;
        public Long version;
    }

    public static class Item {
        public String text;
        public Integer target;
    }

    private static byte[] utf8(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aListOfRequestObjectsIsBoundItemByItemAndARefusalNamesTheItemsPath() {
        Outer outer =
                StrictJson.bind(Outer.class, utf8("{\"items\": [{\"text\": \"a\"}, {\"target\": 4}], \"version\": 3}"));
        assertEquals(2, outer.items.size());
        assertEquals("a", outer.items.get(0).text);
        assertEquals(4, outer.items.get(1).target);
        assertEquals(3L, outer.version);

        InvalidInputException fraction = assertThrows(
                InvalidInputException.class,
                () -> StrictJson.bind(Outer.class, utf8("{\"items\": [{\"text\": \"a\"}, {\"target\": 4.5}]}")));
        assertEquals("items[1].target", fraction.field());
        InvalidInputException unknown = assertThrows(
                InvalidInputException.class,
                () -> StrictJson.bind(Outer.class, utf8("{\"items\": [{\"colour\": \"red\"}]}")));
        assertEquals("items[0].colour", unknown.field());
        InvalidInputException notObject = assertThrows(
                InvalidInputException.class, () -> StrictJson.bind(Outer.class, utf8("{\"items\": [\"a\"]}")));
        assertEquals("items[0]", notObject.field());
        InvalidInputException textVersion = assertThrows(
                InvalidInputException.class, () -> StrictJson.bind(Outer.class, utf8("{\"version\": \"3\"}")));
        assertEquals("version", textVersion.field());
    }
}
