package org.thaw.medication.boundary;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How often a dose is taken; {@link #code()} is what is stored and what the REST API carries.
 * {@link #timesPerWeek()} compares daily doses across frequencies (dose × times per day, counted per
 * week so that weekly is whole); {@code as_needed} has none, so it never makes a dose increase.
 */
public enum Frequency {
    DAILY("daily", "once a day", 7),
    TWICE_DAILY("twice_daily", "twice a day", 14),
    THREE_TIMES_DAILY("three_times_daily", "three times a day", 21),
    WEEKLY("weekly", "once a week", 1),
    AS_NEEDED("as_needed", "as needed", 0);

    /** The REST and form field a frequency answers. */
    public static final String FIELD = "frequency";

    private final String code;
    private final String label;
    private final int timesPerWeek;

    Frequency(String code, String label, int timesPerWeek) {
        this.code = code;
        this.label = label;
        this.timesPerWeek = timesPerWeek;
    }

    public String code() {
        return code;
    }

    /** "twice a day". */
    public String label() {
        return label;
    }

    /** Doses per week; empty for {@code as_needed}, which has no regular amount. */
    public OptionalInt timesPerWeek() {
        return timesPerWeek == 0 ? OptionalInt.empty() : OptionalInt.of(timesPerWeek);
    }

    public static Optional<Frequency> ofCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
