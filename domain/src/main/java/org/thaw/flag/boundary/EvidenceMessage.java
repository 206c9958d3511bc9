package org.thaw.flag.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A piece of evidence as a bundle key and its arguments, so that the pages write the sentence in
 * the reader's language, dates and numbers as that language writes them (flag_evidence.message_key
 * and message_args, V19). The English {@code summary} stays beside it for the REST API, FHIR and
 * rows written before it.
 *
 * <p>The arguments are typed, so a page knows how to write each: a count, a mean with one
 * decimal, a day, a text quoted as stored (a drug's name, an instrument's code or wording that
 * exists in English only), a word of the bundles (with its English for a reader whose bundle lacks
 * it), an instrument's answer (in the reader's language where that language version exists, else
 * as stored), and sentences within the sentence (joined by "; ").
 */
public record EvidenceMessage(String key, List<Arg> args) implements Serializable {

    /** What message_args can hold (a varchar(4000)); a longer message is not stored. */
    public static final int ARGS_MAX = 4000;

    public EvidenceMessage {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a message needs a key");
        }
        args = List.copyOf(args);
    }

    public static EvidenceMessage of(String key, Arg... args) {
        return new EvidenceMessage(key, List.of(args));
    }

    /** One argument of a message. */
    public sealed interface Arg extends Serializable permits Count, Mean, Day, Text, Word, Answer, Parts {}

    /** A whole number: entries, days, a score. */
    public record Count(long value) implements Arg {}

    /** A value with one decimal, as a mean of numbness is written. */
    public record Mean(BigDecimal value) implements Arg {
        public Mean {
            value = value.setScale(1, RoundingMode.HALF_UP);
        }

        public static Mean of(double value) {
            return new Mean(BigDecimal.valueOf(value));
        }
    }

    /** A day, written in the reader's date format. */
    public record Day(LocalDate value) implements Arg {}

    /** Quoted as stored, in every language. */
    public record Text(String value) implements Arg {}

    /** A word of the bundles; {@code english} when the reader's bundle has no {@code key}. */
    public record Word(String key, String english) implements Arg {}

    /**
     * An answer to an instrument's item, {@code english} as the definition has it: in the reader's
     * language only where that language version of the instrument exists.
     */
    public record Answer(String instrument, String version, String linkId, int score, String english) implements Arg {}

    /** Sentences within the sentence, joined by "; ". */
    public record Parts(List<EvidenceMessage> parts) implements Arg {
        public Parts {
            parts = List.copyOf(parts);
        }

        public static Parts of(EvidenceMessage... parts) {
            return new Parts(List.of(parts));
        }
    }

    /** The arguments as message_args stores them: a JSON array. */
    public String argsJson() {
        return array(args).build().toString();
    }

    /** The message of a stored row, or empty for a row without one (or one that cannot be read). */
    public static Optional<EvidenceMessage> stored(String key, String argsJson) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        try (var reader = Json.createReader(new StringReader(argsJson == null ? "[]" : argsJson))) {
            return Optional.of(new EvidenceMessage(key, args(reader.readArray())));
        } catch (JsonException | ClassCastException | DateTimeException | IllegalArgumentException e) {
            return Optional.empty(); // the English summary stands in
        }
    }

    private static JsonArrayBuilder array(List<Arg> args) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (Arg arg : args) {
            a.add(object(arg));
        }
        return a;
    }

    private static JsonObjectBuilder object(Arg arg) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        if (arg instanceof Count c) {
            return o.add("n", c.value());
        } else if (arg instanceof Mean m) {
            return o.add("m", m.value().toPlainString());
        } else if (arg instanceof Day d) {
            return o.add("d", d.value().toString());
        } else if (arg instanceof Text t) {
            return o.add("t", t.value());
        } else if (arg instanceof Word w) {
            return o.add("w", w.key()).add("e", w.english());
        } else if (arg instanceof Answer x) {
            return o.add("i", x.instrument())
                    .add("v", x.version())
                    .add("l", x.linkId())
                    .add("s", x.score())
                    .add("e", x.english());
        }
        JsonArrayBuilder parts = Json.createArrayBuilder();
        ((Parts) arg)
                .parts()
                .forEach(m ->
                        parts.add(Json.createObjectBuilder().add("k", m.key()).add("a", array(m.args()))));
        return o.add("p", parts);
    }

    private static List<Arg> args(JsonArray array) {
        List<Arg> args = new ArrayList<>();
        for (JsonValue v : array) {
            JsonObject o = v.asJsonObject();
            if (o.containsKey("n")) {
                args.add(new Count(o.getJsonNumber("n").longValueExact()));
            } else if (o.containsKey("m")) {
                args.add(new Mean(new BigDecimal(o.getString("m"))));
            } else if (o.containsKey("d")) {
                args.add(new Day(LocalDate.parse(o.getString("d"))));
            } else if (o.containsKey("t")) {
                args.add(new Text(o.getString("t")));
            } else if (o.containsKey("w")) {
                args.add(new Word(o.getString("w"), o.getString("e")));
            } else if (o.containsKey("i")) {
                args.add(new Answer(
                        o.getString("i"), o.getString("v"), o.getString("l"), o.getInt("s"), o.getString("e")));
            } else if (o.containsKey("p")) {
                List<EvidenceMessage> parts = new ArrayList<>();
                for (JsonValue p : o.getJsonArray("p")) {
                    JsonObject part = p.asJsonObject();
                    parts.add(new EvidenceMessage(part.getString("k"), args(part.getJsonArray("a"))));
                }
                args.add(new Parts(parts));
            } else {
                throw new IllegalArgumentException("unknown argument " + o);
            }
        }
        return args;
    }
}
