package org.thaw.journal.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.thaw.platform.Codes;

/**
 * The journal's two catalogues: the emotions a patient may say they noticed, and the coping
 * strategies ("what I tried today"). They are data, not code: {@value #RESOURCE} lists each
 * catalogue's codes in display order and a patient-facing label per code, and is read once per
 * class loader. Codes are what entries store and the REST API carries; labels only ever reach a
 * screen.
 *
 * <pre>
 * JournalCatalogue catalogue = JournalCatalogue.standard();
 * catalogue.emotions();                           // {joyful=Joyful, content=Content, ...}
 * catalogue.checkedEmotions(List.of("sad", "empty", "sad"));  // [sad, empty]
 * catalogue.checkedEmotions(List.of("happy"));    // InvalidInputException naming "emotions"
 * </pre>
 */
public final class JournalCatalogue {

    /** The class-path resource the standard catalogue comes from. */
    public static final String RESOURCE = "catalogues/journal.properties";

    /** The REST and form fields the two catalogues answer. */
    public static final String EMOTIONS = "emotions";

    public static final String COPING_TRIED = "copingTried";

    /** What a code may look like: it is stored in a varchar(32) array. */
    private static final Pattern CODE = Pattern.compile("[a-z][a-z_]{0,31}");

    private final Map<String, String> emotions;
    private final Map<String, String> coping;

    private JournalCatalogue(Map<String, String> emotions, Map<String, String> coping) {
        this.emotions = emotions;
        this.coping = coping;
    }

    /** The catalogue of {@value #RESOURCE}, read on first use. */
    public static JournalCatalogue standard() {
        return Standard.INSTANCE;
    }

    /** Loaded when first asked for, once: the holder idiom makes that thread-safe without locks. */
    private static final class Standard {
        static final JournalCatalogue INSTANCE = load();

        private static JournalCatalogue load() {
            try (InputStream in = JournalCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The journal catalogue " + RESOURCE + " is not on the class path");
                }
                return read(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("The journal catalogue " + RESOURCE + " cannot be read", e);
            }
        }
    }

    /**
     * Reads a catalogue in the properties format of {@value #RESOURCE}: {@code emotions} and {@code
     * coping} list the codes, {@code emotion.<code>} and {@code coping.<code>} give their labels.
     *
     * @throws IllegalStateException when a list is missing or empty, a code is malformed or
     *     repeated, or a label is missing: a broken catalogue fails loudly, at first use
     */
    public static JournalCatalogue read(Reader reader) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        return new JournalCatalogue(catalogue(p, "emotions", "emotion."), catalogue(p, "coping", "coping."));
    }

    private static Map<String, String> catalogue(Properties p, String listKey, String labelPrefix) {
        String list = p.getProperty(listKey, "");
        Map<String, String> labels = new LinkedHashMap<>();
        for (String code : list.split(",")) {
            code = code.strip();
            if (code.isEmpty()) {
                continue;
            }
            if (!CODE.matcher(code).matches()) {
                throw new IllegalStateException("Journal catalogue: '" + code + "' in " + listKey + " is not a code");
            }
            String label = p.getProperty(labelPrefix + code, "").strip();
            if (label.isEmpty()) {
                throw new IllegalStateException("Journal catalogue: " + labelPrefix + code + " has no label");
            }
            if (labels.put(code, label) != null) {
                throw new IllegalStateException("Journal catalogue: '" + code + "' appears twice in " + listKey);
            }
        }
        if (labels.isEmpty()) {
            throw new IllegalStateException("Journal catalogue: the list " + listKey + " is missing or empty");
        }
        return Collections.unmodifiableMap(labels);
    }

    /** Emotion codes and their labels, in display order. */
    public Map<String, String> emotions() {
        return emotions;
    }

    /** Coping codes ("what I tried today") and their labels, in display order. */
    public Map<String, String> coping() {
        return coping;
    }

    /**
     * The chosen emotions, each once, in catalogue order (none when {@code codes} is null); an
     * unknown code is refused naming {@value #EMOTIONS} and listing the codes allowed.
     */
    public List<String> checkedEmotions(Collection<String> codes) {
        return Codes.checked(EMOTIONS, codes, emotions);
    }

    /**
     * The chosen coping strategies, each once, in catalogue order (none when {@code codes} is
     * null); an unknown code is refused naming {@value #COPING_TRIED} and listing the codes allowed.
     */
    public List<String> checkedCoping(Collection<String> codes) {
        return Codes.checked(COPING_TRIED, codes, coping);
    }

    /** The labels of stored emotion codes, in catalogue order (a code no longer listed shows as itself). */
    public List<String> emotionLabels(Collection<String> codes) {
        return labels(codes, emotions);
    }

    /** The labels of stored coping codes, in catalogue order (a code no longer listed shows as itself). */
    public List<String> copingLabels(Collection<String> codes) {
        return labels(codes, coping);
    }

    private static List<String> labels(Collection<String> codes, Map<String, String> catalogue) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        return Stream.concat(
                        catalogue.keySet().stream().filter(codes::contains).map(catalogue::get),
                        codes.stream()
                                .filter(code -> !catalogue.containsKey(code))
                                .distinct())
                .toList();
    }
}
