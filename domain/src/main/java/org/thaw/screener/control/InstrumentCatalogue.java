package org.thaw.screener.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.thaw.screener.boundary.EnableWhen;
import org.thaw.screener.boundary.ItemType;

/**
 * The screeners Thaw offers, every version of each. They are data: {@value #INDEX} names one JSON
 * definition per instrument version (a class path cannot be listed, so the index does), and each is
 * read once per class loader and checked as it is read. A broken definition fails loudly, naming
 * its file, the first time the catalogue is used, never as a wrong score later.
 *
 * <p>A stored response keeps the code and version it was given with, so an old response is still
 * read with its own version; new ones use the latest.
 *
 * <pre>
 * InstrumentCatalogue catalogue = InstrumentCatalogue.standard();
 * catalogue.codes();                      // [PHQ-9, GAD-7, PCL-5, WHO-5, NUMBNESS]
 * catalogue.find("phq-9");                // the latest PHQ-9
 * catalogue.find("PHQ-9", "1");           // PHQ-9 version 1
 * </pre>
 */
public final class InstrumentCatalogue {

    /** The folder of the definitions on the class path. */
    public static final String FOLDER = "instruments/";

    /** The list of definition files, one name a line, in the order {@link #codes()} gives. */
    public static final String INDEX = FOLDER + "index.txt";

    /** A definition file is named after its code and version: phq-9.v1.json. */
    private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9-]+\\.v[1-9][0-9]*\\.json");

    /** A key given twice is refused, not silently resolved to one of the two values. */
    private static final JsonReaderFactory STRICT_JSON =
            Json.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

    /** Upper-cased code to its versions, oldest first; in the order codes were first listed. */
    private final Map<String, List<Instrument>> versions;

    private InstrumentCatalogue(Map<String, List<Instrument>> versions) {
        this.versions = versions;
    }

    /** The catalogue of {@value #INDEX}, read on first use. */
    public static InstrumentCatalogue standard() {
        return Standard.INSTANCE;
    }

    /** Loaded when first asked for, once: the holder idiom makes that thread-safe without locks. */
    private static final class Standard {
        static final InstrumentCatalogue INSTANCE = load(Standard::resource);

        private static Reader resource(String name) {
            InputStream in = InstrumentCatalogue.class.getClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }
    }

    /**
     * Reads {@value #INDEX} and every definition it names, opening each by its class-path name
     * ({@code open} lets a test supply the files). A wrong file fails naming it.
     */
    static InstrumentCatalogue load(Function<String, Reader> open) {
        List<Instrument> instruments = new ArrayList<>();
        for (String file : index(open)) {
            String name = FOLDER + file;
            if (!FILE_NAME.matcher(file).matches()) {
                throw new IllegalStateException(
                        INDEX + ": '" + file + "' is not a definition file name (code.vN.json)");
            }
            try (Reader reader = open.apply(name)) {
                Instrument instrument = read(reader);
                String expected = instrument.code().toLowerCase(Locale.ROOT) + ".v" + instrument.version() + ".json";
                if (!file.equals(expected)) {
                    throw new IllegalStateException("it defines " + instrument.code() + " version "
                            + instrument.version() + ", so it must be named " + expected);
                }
                instruments.add(instrument);
            } catch (IOException e) {
                throw new UncheckedIOException("The screener definition " + name + " cannot be read", e);
            } catch (IllegalStateException e) {
                throw new IllegalStateException("The screener definition " + name + " is wrong: " + e.getMessage(), e);
            }
        }
        if (instruments.isEmpty()) {
            throw new IllegalStateException(INDEX + " names no definitions");
        }
        return of(instruments);
    }

    private static List<String> index(Function<String, Reader> open) {
        try (BufferedReader reader = new BufferedReader(open.apply(INDEX))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The screener index " + INDEX + " cannot be read", e);
        }
    }

    /**
     * A catalogue of these instruments; {@link #codes()} follows the order codes first appear.
     *
     * @throws IllegalStateException when a code and version appear twice (codes compared
     *     regardless of case)
     */
    public static InstrumentCatalogue of(Collection<Instrument> instruments) {
        Map<String, List<Instrument>> versions = new LinkedHashMap<>();
        for (Instrument instrument : instruments) {
            List<Instrument> known = versions.computeIfAbsent(key(instrument.code()), code -> new ArrayList<>());
            if (known.stream().anyMatch(other -> other.version().equals(instrument.version()))) {
                throw new IllegalStateException(
                        instrument.code() + " version " + instrument.version() + " is defined twice");
            }
            known.add(instrument);
        }
        versions.replaceAll((code, list) -> list.stream()
                .sorted(Comparator.comparingInt(instrument -> Integer.parseInt(instrument.version())))
                .toList());
        return new InstrumentCatalogue(Collections.unmodifiableMap(versions));
    }

    private static String key(String code) {
        return code.toUpperCase(Locale.ROOT);
    }

    /** The latest version of the instrument with this code, whatever its case ("phq-9" finds PHQ-9). */
    public Optional<Instrument> find(String code) {
        List<Instrument> known = code == null ? null : versions.get(key(code));
        return known == null ? Optional.empty() : Optional.of(known.get(known.size() - 1));
    }

    /** That version of the instrument with this code (code in any case). */
    public Optional<Instrument> find(String code, String version) {
        List<Instrument> known = code == null ? null : versions.get(key(code));
        return known == null
                ? Optional.empty()
                : known.stream()
                        .filter(instrument -> instrument.version().equals(version))
                        .findFirst();
    }

    /** Every version of every instrument, in index order, oldest version first. */
    public List<Instrument> all() {
        return versions.values().stream().flatMap(List::stream).toList();
    }

    /** The instruments' codes as their definitions spell them, in index order. */
    public List<String> codes() {
        return versions.values().stream().map(known -> known.get(0).code()).toList();
    }

    /**
     * Reads one definition in the JSON form of the files under {@value #FOLDER} (see {@code
     * phq-9.v1.json}) and checks it. Unknown keys are refused too, so a misspelt {@code
     * "requierd"} cannot silently make a question optional.
     *
     * @throws IllegalStateException when the text is not JSON, a key is missing, unknown, given
     *     twice or of the wrong type, or the definition is inconsistent (see {@link Instrument})
     */
    public static Instrument read(Reader reader) {
        JsonObject definition;
        try (JsonReader json = STRICT_JSON.createReader(reader)) {
            definition = json.readObject();
        } catch (JsonException e) {
            throw new IllegalStateException("not valid JSON: " + e.getMessage(), e);
        }
        return Definition.instrument(definition);
    }

    /** The JSON form of a definition, read strictly: every key known, every type as documented. */
    private static final class Definition {

        private static final Set<String> INSTRUMENT_KEYS = Set.of(
                "code",
                "version",
                "title",
                "shortTitle",
                "validated",
                "disclaimer",
                "period",
                "stem",
                "notice",
                "loinc",
                "totalLoinc",
                "scoring",
                "bands",
                "changeThreshold",
                "higherIsWorse",
                "safetyItems",
                "items");
        private static final Set<String> SCORING_KEYS = Set.of("method", "multiplier");
        private static final Set<String> BAND_KEYS = Set.of("code", "label", "clinicianLabel", "min", "max");
        private static final Set<String> ITEM_KEYS =
                Set.of("linkId", "text", "code", "type", "scored", "required", "options", "enableWhen");
        private static final Set<String> OPTION_KEYS = Set.of("score", "code", "text");
        private static final Set<String> ENABLE_WHEN_KEYS = Set.of("linkId", "answer");

        static Instrument instrument(JsonObject json) {
            String where = "";
            keys(json, INSTRUMENT_KEYS, where);
            String code = string(json, "code", where);
            String version = string(json, "version", where);
            int multiplier = 1;
            JsonObject scoring = object(json, "scoring", where);
            if (scoring != null) {
                keys(scoring, SCORING_KEYS, "scoring");
                String method = optionalString(scoring, "method", "scoring");
                if (method != null && !method.equals("SUM")) {
                    throw new IllegalStateException("scoring.method '" + method + "' is not known; only SUM is");
                }
                Integer given = optionalInteger(scoring, "multiplier", "scoring");
                multiplier = given == null ? 1 : given;
            }
            List<Band> bands = new ArrayList<>();
            List<JsonObject> bandObjects = objects(json, "bands", where);
            for (int i = 0; i < bandObjects.size(); i++) {
                JsonObject band = bandObjects.get(i);
                String at = "bands[" + i + "]";
                keys(band, BAND_KEYS, at);
                bands.add(checked(
                        at,
                        () -> new Band(
                                string(band, "code", at),
                                string(band, "label", at),
                                optionalString(band, "clinicianLabel", at),
                                integer(band, "min", at),
                                integer(band, "max", at))));
            }
            List<Item> items = new ArrayList<>();
            List<JsonObject> itemObjects = objects(json, "items", where);
            for (int i = 0; i < itemObjects.size(); i++) {
                items.add(item(itemObjects.get(i), "items[" + i + "]"));
            }
            try {
                return new Instrument(
                        code,
                        version,
                        string(json, "title", where),
                        string(json, "shortTitle", where),
                        bool(json, "validated", where, null),
                        optionalString(json, "disclaimer", where),
                        optionalString(json, "period", where),
                        string(json, "stem", where),
                        optionalString(json, "notice", where),
                        optionalString(json, "loinc", where),
                        optionalString(json, "totalLoinc", where),
                        multiplier,
                        bands,
                        optionalInteger(json, "changeThreshold", where),
                        bool(json, "higherIsWorse", where, true),
                        strings(json, "safetyItems", where),
                        items);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(code + " version " + version + ": " + e.getMessage(), e);
            }
        }

        private static Item item(JsonObject json, String where) {
            keys(json, ITEM_KEYS, where);
            String type = string(json, "type", where);
            ItemType itemType;
            try {
                itemType = ItemType.valueOf(type);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(
                        where + ".type '" + type + "' is not one of CHOICE, CODE, CODES, DATE", e);
            }
            List<Option> options = new ArrayList<>();
            List<JsonObject> optionObjects = objects(json, "options", where);
            for (int i = 0; i < optionObjects.size(); i++) {
                JsonObject option = optionObjects.get(i);
                String at = where + ".options[" + i + "]";
                keys(option, OPTION_KEYS, at);
                options.add(checked(
                        at,
                        () -> new Option(
                                optionalInteger(option, "score", at),
                                optionalString(option, "code", at),
                                string(option, "text", at))));
            }
            EnableWhen enableWhen = null;
            JsonObject when = object(json, "enableWhen", where);
            if (when != null) {
                String at = where + ".enableWhen";
                keys(when, ENABLE_WHEN_KEYS, at);
                JsonValue answer = when.get("answer");
                String written = answer instanceof JsonString text
                        ? text.getString()
                        : answer instanceof JsonNumber number && number.isIntegral() ? number.toString() : null;
                if (written == null) {
                    throw new IllegalStateException(at + ".answer must be an option's code or a whole score");
                }
                enableWhen = checked(at, () -> new EnableWhen(string(when, "linkId", at), written));
            }
            List<Option> itemOptions = options;
            EnableWhen itemEnableWhen = enableWhen;
            return checked(
                    where,
                    () -> new Item(
                            string(json, "linkId", where),
                            string(json, "text", where),
                            optionalString(json, "code", where),
                            itemType,
                            bool(json, "scored", where, false),
                            bool(json, "required", where, true),
                            itemOptions,
                            itemEnableWhen));
        }

        /** Records refuse bad values with IllegalArgumentException; a definition reports where. */
        private static <T> T checked(String where, Supplier<T> construction) {
            try {
                return construction.get();
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": " + e.getMessage(), e);
            }
        }

        private static void keys(JsonObject json, Set<String> known, String where) {
            for (String key : json.keySet()) {
                if (!known.contains(key)) {
                    throw new IllegalStateException(whole(where) + " has the unknown key '" + key + "'");
                }
            }
        }

        private static String at(String where, String key) {
            return where.isEmpty() ? key : where + "." + key;
        }

        private static String whole(String where) {
            return where.isEmpty() ? "the definition" : where;
        }

        private static JsonValue present(JsonObject json, String key) {
            JsonValue value = json.get(key);
            return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
        }

        private static String string(JsonObject json, String key, String where) {
            String value = optionalString(json, key, where);
            if (value == null) {
                throw new IllegalStateException(whole(where) + " has no " + key);
            }
            return value;
        }

        private static String optionalString(JsonObject json, String key, String where) {
            JsonValue value = present(json, key);
            if (value == null) {
                return null;
            }
            if (!(value instanceof JsonString text)) {
                throw new IllegalStateException(at(where, key) + " must be a string");
            }
            return text.getString();
        }

        private static int integer(JsonObject json, String key, String where) {
            Integer value = optionalInteger(json, key, where);
            if (value == null) {
                throw new IllegalStateException(whole(where) + " has no " + key);
            }
            return value;
        }

        private static Integer optionalInteger(JsonObject json, String key, String where) {
            JsonValue value = present(json, key);
            if (value == null) {
                return null;
            }
            if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
                throw new IllegalStateException(at(where, key) + " must be a whole number");
            }
            try {
                return number.intValueExact();
            } catch (ArithmeticException e) {
                throw new IllegalStateException(at(where, key) + " is too large", e);
            }
        }

        /** A boolean; {@code otherwise} null makes the key required. */
        private static boolean bool(JsonObject json, String key, String where, Boolean otherwise) {
            JsonValue value = present(json, key);
            if (value == null) {
                if (otherwise == null) {
                    throw new IllegalStateException(whole(where) + " has no " + key);
                }
                return otherwise;
            }
            if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                throw new IllegalStateException(at(where, key) + " must be true or false");
            }
            return value.getValueType() == JsonValue.ValueType.TRUE;
        }

        private static JsonObject object(JsonObject json, String key, String where) {
            JsonValue value = present(json, key);
            if (value == null) {
                return null;
            }
            if (!(value instanceof JsonObject object)) {
                throw new IllegalStateException(at(where, key) + " must be an object");
            }
            return object;
        }

        private static JsonArray array(JsonObject json, String key, String where) {
            JsonValue value = present(json, key);
            if (value == null) {
                return JsonValue.EMPTY_JSON_ARRAY;
            }
            if (!(value instanceof JsonArray array)) {
                throw new IllegalStateException(at(where, key) + " must be a list");
            }
            return array;
        }

        private static List<JsonObject> objects(JsonObject json, String key, String where) {
            List<JsonObject> objects = new ArrayList<>();
            JsonArray array = array(json, key, where);
            for (int i = 0; i < array.size(); i++) {
                if (!(array.get(i) instanceof JsonObject object)) {
                    throw new IllegalStateException(at(where, key) + "[" + i + "] must be an object");
                }
                objects.add(object);
            }
            return objects;
        }

        private static List<String> strings(JsonObject json, String key, String where) {
            List<String> strings = new ArrayList<>();
            JsonArray array = array(json, key, where);
            for (int i = 0; i < array.size(); i++) {
                if (!(array.get(i) instanceof JsonString text)) {
                    throw new IllegalStateException(at(where, key) + "[" + i + "] must be a string");
                }
                strings.add(text.getString());
            }
            return strings;
        }
    }
}
