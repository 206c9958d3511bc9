package org.thaw.screener.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.thaw.screener.control.InstrumentCatalogue;

/**
 * The language versions of the instruments. A version is English unless a translation file
 * {@code instruments/<code>.v<version>_<language>.properties} stands beside its definition
 * (e.g. {@code numbness.v1_es.properties}), holding every text the patient reads: {@code title},
 * {@code shortTitle}, {@code disclaimer}, {@code period}, {@code stem}, {@code band.<code>},
 * {@code item.<linkId>} and {@code option.<linkId>.<score or code>}.
 *
 * <p>Thaw translates only its own numbness check. A validated instrument (PHQ-9, GAD-7, PCL-5,
 * WHO-5) gets a file only with its official translation, cited in docs/clinical-rules.md; without
 * one it is asked in English whatever the reader's language (docs/clinical-rules.md, "Languages").
 */
public final class InstrumentLanguages {

    /** The language of every definition file. */
    public static final String ENGLISH = "en";

    private static final Map<String, Optional<Properties>> FILES = new ConcurrentHashMap<>();

    private InstrumentLanguages() {}

    /** The language version a reader of {@code language} answers: theirs if it exists, else English. */
    public static String versionFor(InstrumentDefinition definition, String language) {
        return translation(definition.code(), definition.version(), language).isPresent() ? language : ENGLISH;
    }

    /** The definition in {@code language} if that version exists, else as written (English). */
    public static InstrumentDefinition in(InstrumentDefinition d, String language) {
        Optional<Properties> file = translation(d.code(), d.version(), language);
        if (file.isEmpty()) {
            return d;
        }
        Properties t = file.get();
        return new InstrumentDefinition(
                d.code(),
                d.version(),
                t.getProperty("title", d.title()),
                t.getProperty("shortTitle", d.shortTitle()),
                d.validated(),
                d.disclaimer() == null ? null : t.getProperty("disclaimer", d.disclaimer()),
                d.period() == null ? null : t.getProperty("period", d.period()),
                d.stem() == null ? null : t.getProperty("stem", d.stem()),
                d.notice() == null ? null : t.getProperty("notice", d.notice()),
                d.loinc(),
                d.totalLoinc(),
                d.multiplier(),
                d.bands().stream()
                        .map(b -> new InstrumentDefinition.Band(
                                b.code(), t.getProperty("band." + b.code(), b.label()), b.min(), b.max()))
                        .toList(),
                d.changeThreshold(),
                d.higherIsWorse(),
                d.safetyItems(),
                d.items().stream()
                        .map(item -> new InstrumentDefinition.Item(
                                item.linkId(),
                                t.getProperty("item." + item.linkId(), item.text()),
                                item.code(),
                                item.type(),
                                item.scored(),
                                item.required(),
                                item.options().stream()
                                        .map(o -> new InstrumentDefinition.Option(
                                                o.score(),
                                                o.code(),
                                                t.getProperty(
                                                        "option." + item.linkId() + "."
                                                                + (o.code() != null ? o.code() : o.score()),
                                                        o.text())))
                                        .toList(),
                                item.enableWhen()))
                        .toList(),
                d.min(),
                d.max());
    }

    /**
     * The words of an answer ({@code score} to item {@code linkId}) in {@code language}'s version of
     * the instrument, if that version exists and says them: as the patient read them in that
     * language. Empty for English and for every instrument without that language version, so a
     * validated instrument's answer is never put into words Thaw made up.
     */
    public static Optional<String> option(String code, String version, String linkId, int score, String language) {
        Optional<Properties> file = translation(code, version, language);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        String optionCode = InstrumentCatalogue.standard()
                .find(code, version)
                .flatMap(instrument -> instrument.item(linkId))
                .flatMap(item -> item.options().stream()
                        .filter(o -> Integer.valueOf(score).equals(o.score()))
                        .findFirst())
                .map(o -> o.code() != null ? o.code() : String.valueOf(o.score()))
                .orElse(String.valueOf(score));
        return Optional.ofNullable(file.get().getProperty("option." + linkId + "." + optionCode));
    }

    /** A band's label in {@code language}'s version of the instrument, if that version exists and names it. */
    public static Optional<String> bandLabel(String code, String version, String band, String language) {
        return translation(code, version, language).map(t -> t.getProperty("band." + band));
    }

    /** The translation file's texts, if that language version exists. */
    static Optional<Properties> translation(String code, String version, String language) {
        if (code == null
                || version == null
                || language == null
                || !language.matches("[a-z]{2}")
                || ENGLISH.equals(language)) {
            return Optional.empty();
        }
        String name = "instruments/" + code.toLowerCase(Locale.ROOT) + ".v" + version + "_" + language + ".properties";
        return FILES.computeIfAbsent(name, InstrumentLanguages::load);
    }

    private static Optional<Properties> load(String name) {
        try (InputStream in = InstrumentLanguages.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return Optional.of(texts);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read " + name, unreadable);
        }
    }
}
