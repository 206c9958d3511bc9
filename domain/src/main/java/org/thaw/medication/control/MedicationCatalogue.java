package org.thaw.medication.control;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.thaw.medication.boundary.CatalogueDrug;
import org.thaw.medication.boundary.DrugClass;
import org.thaw.platform.Codes;

/**
 * The medication catalogues, data rather than code: the antidepressants ({@value #DRUGS}: RxNorm
 * ingredient code, name, class) and the side effects a patient may report ({@value #EFFECTS}: code
 * and patient-facing label). Both are small CSV files with {@code #} comment lines and a header
 * row, read once per class loader; a malformed file fails loudly at first use, naming the file and
 * the line.
 *
 * <pre>
 * MedicationCatalogue c = MedicationCatalogue.standard();
 * c.byRxnorm("36437");                          // sertraline, SSRI
 * c.byName("Agomelatine");                      // agomelatine, melatonergic (no RxNorm code)
 * c.checkedEffects(List.of("nausea", "x"));     // InvalidInputException naming "effects"
 * </pre>
 */
public final class MedicationCatalogue {

    public static final String DRUGS = "medications/antidepressants.csv";
    public static final String EFFECTS = "medications/side-effects.csv";

    /** The REST and form field side-effect codes answer. */
    public static final String EFFECTS_FIELD = "effects";

    private static final Pattern RXCUI = Pattern.compile("[0-9]{1,16}");
    private static final Pattern CODE = Pattern.compile("[a-z][a-z_]{0,31}");

    private final List<CatalogueDrug> drugs;
    private final Map<String, String> effects;

    MedicationCatalogue(List<CatalogueDrug> drugs, Map<String, String> effects) {
        this.drugs = List.copyOf(drugs);
        this.effects = Collections.unmodifiableMap(new LinkedHashMap<>(effects));
    }

    /** The catalogues of {@value #DRUGS} and {@value #EFFECTS}, read on first use. */
    public static MedicationCatalogue standard() {
        return Standard.INSTANCE;
    }

    /** Loaded when first asked for, once: the holder idiom makes that thread-safe without locks. */
    private static final class Standard {
        static final MedicationCatalogue INSTANCE = new MedicationCatalogue(
                load(DRUGS, MedicationCatalogue::drugs), load(EFFECTS, MedicationCatalogue::effects));

        private static <T> T load(String resource, Function<List<String[]>, T> reader) {
            try (InputStream in = MedicationCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("The catalogue " + resource + " is not on the class path");
                }
                return reader.apply(rows(resource, new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("The catalogue " + resource + " cannot be read", e);
            }
        }
    }

    /**
     * The data rows of a catalogue file: comment lines ({@code #}) and blank lines skipped, the
     * header row dropped, each row split at commas and stripped.
     */
    static List<String[]> rows(String resource, Reader reader) throws IOException {
        List<String[]> rows = new ArrayList<>();
        boolean header = true;
        int number = 0;
        try (BufferedReader lines = new BufferedReader(reader)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                if (!header) {
                    rows.add(withLine(cells, resource + " line " + number));
                }
                header = false;
            }
        }
        return rows;
    }

    /** The cells, with where they came from as one more cell (for the messages of a broken file). */
    private static String[] withLine(String[] cells, String where) {
        String[] row = new String[cells.length + 1];
        System.arraycopy(cells, 0, row, 0, cells.length);
        row[cells.length] = where;
        return row;
    }

    /** Rows of rxnorm, name, class. */
    static List<CatalogueDrug> drugs(List<String[]> rows) {
        List<CatalogueDrug> drugs = new ArrayList<>();
        for (String[] row : rows) {
            String where = row[row.length - 1];
            if (row.length != 4) {
                throw new IllegalStateException(where + ": expected rxnorm,name,class");
            }
            String rxnorm = row[0].isEmpty() ? null : row[0];
            if (rxnorm != null && !RXCUI.matcher(rxnorm).matches()) {
                throw new IllegalStateException(where + ": '" + rxnorm + "' is not an RxNorm code");
            }
            if (row[1].isEmpty()) {
                throw new IllegalStateException(where + ": the name is missing");
            }
            DrugClass drugClass;
            try {
                drugClass = DrugClass.valueOf(row[2]);
            } catch (IllegalArgumentException unknown) {
                throw new IllegalStateException(where + ": '" + row[2] + "' is not a class", unknown);
            }
            CatalogueDrug drug = new CatalogueDrug(rxnorm, row[1].toLowerCase(Locale.ROOT), drugClass);
            boolean repeated = drugs.stream()
                    .anyMatch(d -> d.name().equals(drug.name()) || (rxnorm != null && rxnorm.equals(d.rxnorm())));
            if (repeated) {
                throw new IllegalStateException(where + ": " + drug.name() + " is listed twice");
            }
            drugs.add(drug);
        }
        if (drugs.isEmpty()) {
            throw new IllegalStateException("The antidepressant catalogue is empty");
        }
        return drugs;
    }

    /** Rows of code, label. */
    static Map<String, String> effects(List<String[]> rows) {
        Map<String, String> effects = new LinkedHashMap<>();
        for (String[] row : rows) {
            String where = row[row.length - 1];
            if (row.length != 3 || !CODE.matcher(row[0]).matches() || row[1].isEmpty()) {
                throw new IllegalStateException(where + ": expected code,label with a lower_snake code");
            }
            if (effects.put(row[0], row[1]) != null) {
                throw new IllegalStateException(where + ": '" + row[0] + "' is listed twice");
            }
        }
        if (effects.isEmpty()) {
            throw new IllegalStateException("The side-effect catalogue is empty");
        }
        return effects;
    }

    /** The antidepressants, in catalogue order. */
    public List<CatalogueDrug> antidepressants() {
        return drugs;
    }

    public Optional<CatalogueDrug> byRxnorm(String rxnorm) {
        return rxnorm == null
                ? Optional.empty()
                : drugs.stream().filter(d -> rxnorm.equals(d.rxnorm())).findFirst();
    }

    /** The catalogue drug of this name, whatever its case and surrounding spaces. */
    public Optional<CatalogueDrug> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return drugs.stream().filter(d -> d.name().equals(wanted)).findFirst();
    }

    /** Side-effect codes and their labels, in display order. */
    public Map<String, String> effects() {
        return effects;
    }

    /**
     * The reported effects, each once, in catalogue order (none when {@code codes} is null); an
     * unknown code is refused naming {@value #EFFECTS_FIELD} and listing the codes allowed.
     */
    public List<String> checkedEffects(Collection<String> codes) {
        return Codes.checked(EFFECTS_FIELD, codes, effects);
    }
}
