package org.thaw.journal.boundary;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.thaw.platform.InvalidInputException;

/**
 * How much numbness got in the way of daily life on a day, as the patient answers it. The names
 * are stored (column {@code functioning_impact}) and are the REST values: never rename one.
 * {@link #VERY} and {@link #EXTREMELY} on a numb day count towards the FUNCTIONAL_IMPACT flag.
 */
public enum FunctioningImpact {
    NOT_AT_ALL("Not at all"),
    SOMEWHAT("Somewhat"),
    VERY("Very much"),
    EXTREMELY("Extremely");

    /** The REST and form field this answers. */
    public static final String FIELD = "functioningImpact";

    private final String label;

    FunctioningImpact(String label) {
        this.label = label;
    }

    /** What the patient reads. */
    public String label() {
        return label;
    }

    /**
     * The answer named {@code value} ({@code NOT_AT_ALL}, {@code SOMEWHAT}, {@code VERY} or {@code
     * EXTREMELY}; letter case and surrounding blanks are forgiven), null when absent or blank;
     * anything else is refused naming {@value #FIELD} and listing the allowed names.
     */
    public static FunctioningImpact parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(v -> v.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        FIELD,
                        "must be one of "
                                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))));
    }
}
