package org.thaw.journal.boundary;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.thaw.platform.InvalidInputException;

/**
 * The check-in's answer to {@value #QUESTION}, asked while a medication course is active and the
 * last answer is {@value MyJournal#MEDICATION_QUESTION_DAYS} or more days old. The names are stored
 * (column {@code medication_affects_feeling}) and are the REST values: never rename one. Shown on
 * the timeline; it opens no flag.
 */
public enum MedicationAffectsFeeling {
    YES("Yes"),
    NO("No"),
    NOT_SURE("Not sure");

    /** The REST and form field this answers. */
    public static final String FIELD = "medicationAffectsFeeling";

    public static final String QUESTION = "Do you think a medication affects how much you feel?";

    private final String label;

    MedicationAffectsFeeling(String label) {
        this.label = label;
    }

    /** What the patient reads. */
    public String label() {
        return label;
    }

    /**
     * The answer named {@code value} ({@code YES}, {@code NO} or {@code NOT_SURE}; letter case and
     * surrounding blanks are forgiven), null when absent or blank; anything else is refused naming
     * {@value #FIELD} and listing the allowed names.
     */
    public static MedicationAffectsFeeling parse(String value) {
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
