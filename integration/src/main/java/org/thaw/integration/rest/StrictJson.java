package org.thaw.integration.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thaw.platform.InvalidInputException;

/**
 * The one way Thaw reads a JSON request body: strictly, so that no value is ever coerced into
 * another (7.9 is not 7, "yes" is not false, 4294967301 is not 5) and every refusal names its
 * field. {@link StrictJsonInterceptor} applies it to every request body of both APIs.
 *
 * <p>Refused, naming {@value #BODY}: bytes that are not UTF-8, a body that is not one JSON object,
 * anything after it, nesting deeper than {@value #MAX_DEPTH}. Refused, naming the member: a key
 * given twice, text holding U+0000 or half of a surrogate pair (PostgreSQL can store neither), a
 * member the request does not have, and a value of the wrong JSON type for its field:
 *
 * <ul>
 *   <li>{@code Integer}: a JSON integer literal (no fraction, no exponent) within int (the refusal
 *       names the field's {@link Min}/{@link Max}, if it has them);
 *   <li>{@code BigDecimal}: any JSON number (its range is the domain's to check);
 *   <li>{@code Boolean}: {@code true} or {@code false};
 *   <li>{@code Long}: a JSON integer literal within long;
 *   <li>{@code String}: a JSON string; {@code List<String>}: an array of strings;
 *   <li>{@code List<R>} of a request class {@code R} of Thaw's: an array of JSON objects, each bound
 *       strictly as {@code R}, a refusal naming the item's path ({@code goals[1].target});
 *   <li>{@code JsonObject}, {@code JsonValue}: passed on as parsed (checked for the above).
 * </ul>
 *
 * A member given as {@code null} is the same as one left out. Numbers keep whether they were
 * written as integers: {@link JsonNumber#isIntegral()} is true only for a literal without a
 * fraction or exponent, so later readers (screener answers) can refuse "2.0" too.
 *
 * <pre>
 * Entry entry = StrictJson.bind(Entry.class, requestBytes);
 * </pre>
 */
public final class StrictJson {

    /** The field a refusal of the body as a whole names. */
    public static final String BODY = "body";

    /** Deeper nesting than any Thaw request has is refused before it can exhaust a stack. */
    public static final int MAX_DEPTH = 16;

    /**
     * Looked up once: {@code Json.createX} finds the provider anew on every call, a scan of the
     * class path through the ServiceLoader that showed in the load profile.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private StrictJson() {}

    /** Parses {@code bytes} as one JSON object and binds it to a new {@code type}, or refuses naming the field. */
    public static <T> T bind(Class<T> type, byte[] bytes) {
        return bind(type, parse(bytes));
    }

    /** Parses one JSON object, checking everything above that does not depend on the target type. */
    public static JsonObject parse(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException(BODY, "is required: a JSON object");
        }
        try (Reader reader = utf8(new ByteArrayInputStream(bytes));
                JsonParser parser = JSON.createParser(reader)) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new InvalidInputException(BODY, "must be a JSON object");
            }
            JsonObject object = object(parser, "", 1);
            if (parser.hasNext()) {
                throw new InvalidInputException(BODY, "has something after the JSON object");
            }
            return object;
        } catch (JsonParsingException | IllegalStateException malformed) {
            throw new InvalidInputException(BODY, "is not valid JSON");
        } catch (JsonException unreadable) {
            throw new InvalidInputException(
                    BODY,
                    unreadable.getCause() instanceof CharacterCodingException
                            ? "is not valid UTF-8"
                            : "is not valid JSON");
        } catch (IOException unreadable) {
            throw new InvalidInputException(BODY, "could not be read");
        }
    }

    private static Reader utf8(InputStream in) {
        return new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static JsonObject object(JsonParser parser, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new InvalidInputException(BODY, "is nested too deeply (at most " + MAX_DEPTH + " levels)");
        }
        JsonObjectBuilder object = JSON.createObjectBuilder();
        Set<String> keys = new HashSet<>();
        while (true) {
            JsonParser.Event event = parser.next();
            if (event == JsonParser.Event.END_OBJECT) {
                return object.build();
            }
            String key = parser.getString();
            if (key.indexOf('\u0000') >= 0) {
                throw new InvalidInputException(
                        path.isEmpty() ? BODY : path, "has a member name holding the character U+0000");
            }
            String field = path.isEmpty() ? key : path + "." + key;
            text(field, key);
            if (!keys.add(key)) {
                throw new InvalidInputException(field, "is given twice");
            }
            object.add(key, value(parser, parser.next(), field, depth));
        }
    }

    private static JsonValue value(JsonParser parser, JsonParser.Event event, String field, int depth) {
        return switch (event) {
            case START_OBJECT -> object(parser, field, depth + 1);
            case START_ARRAY -> array(parser, field, depth + 1);
            case VALUE_STRING -> JSON.createValue(text(field, parser.getString()));
            case VALUE_NUMBER -> number(parser);
            case VALUE_TRUE -> JsonValue.TRUE;
            case VALUE_FALSE -> JsonValue.FALSE;
            case VALUE_NULL -> JsonValue.NULL;
            default -> throw new InvalidInputException(BODY, "is not valid JSON");
        };
    }

    private static JsonValue array(JsonParser parser, String field, int depth) {
        if (depth > MAX_DEPTH) {
            throw new InvalidInputException(BODY, "is nested too deeply (at most " + MAX_DEPTH + " levels)");
        }
        JsonArrayBuilder array = JSON.createArrayBuilder();
        while (true) {
            JsonParser.Event event = parser.next();
            if (event == JsonParser.Event.END_ARRAY) {
                return array.build();
            }
            array.add(value(parser, event, field, depth));
        }
    }

    /**
     * An integer literal stays integral; any other number is kept with a fraction, so that {@link
     * JsonNumber#isIntegral()} tells how it was written ("2e0" and "2.0" are not integers here).
     */
    private static JsonNumber number(JsonParser parser) {
        String literal = parser.getString();
        if (literal.chars().noneMatch(c -> c == '.' || c == 'e' || c == 'E')) {
            return JSON.createValue(new BigInteger(literal));
        }
        BigDecimal written = new BigDecimal(literal);
        return JSON.createValue(written.scale() > 0 ? written : written.setScale(1));
    }

    /** No U+0000 and no half surrogate pair: PostgreSQL text holds neither, and neither is meant. */
    private static String text(String field, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                throw new InvalidInputException(field, "must not contain the character U+0000");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidInputException(field, "has an unpaired surrogate (\\u" + Integer.toHexString(c) + ")");
            }
        }
        return text;
    }

    /** Binds a parsed object to a new instance of {@code type} (public non-static fields, by name). */
    public static <T> T bind(Class<T> type, JsonObject json) {
        T target;
        try {
            target = type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " needs a public no-argument constructor to be a request body", e);
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Field f : type.getFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                fields.put(f.getName(), f);
            }
        }
        for (String member : json.keySet()) {
            if (!fields.containsKey(member)) {
                throw new InvalidInputException(
                        member, "is not a field of this request; allowed are " + String.join(", ", fields.keySet()));
            }
        }
        for (Field f : fields.values()) {
            JsonValue value = json.get(f.getName());
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            try {
                f.set(target, convert(f, value));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(f + " is not writable", e);
            }
        }
        return target;
    }

    private static Object convert(Field f, JsonValue value) {
        String field = f.getName();
        Class<?> type = f.getType();
        if (type == String.class) {
            if (!(value instanceof JsonString s)) {
                throw new InvalidInputException(field, "must be text (a JSON string)");
            }
            return s.getString();
        }
        if (type == Integer.class) {
            return integer(f, value);
        }
        if (type == BigDecimal.class) {
            if (!(value instanceof JsonNumber n)) {
                throw new InvalidInputException(field, "must be a number");
            }
            return n.bigDecimalValue();
        }
        if (type == Boolean.class) {
            if (value.getValueType() == JsonValue.ValueType.TRUE) {
                return Boolean.TRUE;
            }
            if (value.getValueType() == JsonValue.ValueType.FALSE) {
                return Boolean.FALSE;
            }
            throw new InvalidInputException(field, "must be true or false");
        }
        if (type == Long.class) {
            if (!(value instanceof JsonNumber n)
                    || !n.isIntegral()
                    || n.bigIntegerValue().bitLength() > 63) {
                throw new InvalidInputException(
                        field, "must be a whole number, written without a fraction or exponent");
            }
            return n.longValueExact();
        }
        if (type == List.class
                && f.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> item
                && item.getName().startsWith("org.thaw.")) {
            return objects(field, item, value);
        }
        if (type == List.class
                && f.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] == String.class) {
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                throw new InvalidInputException(field, "must be a list of codes (a JSON array of strings)");
            }
            List<String> codes = new ArrayList<>();
            for (JsonValue item : value.asJsonArray()) {
                if (!(item instanceof JsonString s)) {
                    throw new InvalidInputException(field, "must be a list of codes (a JSON array of strings)");
                }
                codes.add(s.getString());
            }
            return List.copyOf(codes);
        }
        if (type == JsonObject.class) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInputException(field, "must be a JSON object");
            }
            return value.asJsonObject();
        }
        if (type == JsonValue.class) {
            return value;
        }
        throw new IllegalStateException(f + ": no strict binding for " + type);
    }

    /** A list of request objects, each bound strictly; a refusal names the item's path. */
    private static List<Object> objects(String field, Class<?> type, JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidInputException(field, "must be a list (a JSON array of objects)");
        }
        List<Object> items = new ArrayList<>();
        JsonArray array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            String path = field + "[" + i + "]";
            JsonValue item = array.get(i);
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInputException(path, "must be a JSON object");
            }
            try {
                items.add(bind(type, item.asJsonObject()));
            } catch (InvalidInputException refused) {
                throw new InvalidInputException(refused.errors().stream()
                        .map(e -> new InvalidInputException.FieldError(path + "." + e.field(), e.message()))
                        .toList());
            }
        }
        return items;
    }

    /**
     * A whole number within int; the field's own range (its {@link Min}/{@link Max}, if any) is
     * named in the refusal but checked by the domain, whose message is the one patients know.
     */
    private static Integer integer(Field f, JsonValue value) {
        String field = f.getName();
        Min min = f.getAnnotation(Min.class);
        Max max = f.getAnnotation(Max.class);
        String allowed = min != null && max != null
                ? "must be a whole number from " + min.value() + " to " + max.value()
                : "must be a whole number";
        if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
            throw new InvalidInputException(field, allowed + ", written without a fraction or exponent");
        }
        BigInteger given = n.bigIntegerValue();
        if (given.bitLength() > 31) {
            throw new InvalidInputException(field, allowed);
        }
        return given.intValueExact();
    }
}
