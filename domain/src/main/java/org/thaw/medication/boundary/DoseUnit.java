package org.thaw.medication.boundary;

import java.util.Arrays;
import java.util.Optional;

/** The unit of a dose; {@link #code()} is what is stored and what the REST API carries. */
public enum DoseUnit {
    MG("mg"),
    MCG("mcg"),
    ML("ml");

    /** The REST and form field a unit answers. */
    public static final String FIELD = "unit";

    private final String code;

    DoseUnit(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<DoseUnit> ofCode(String code) {
        return Arrays.stream(values()).filter(u -> u.code.equals(code)).findFirst();
    }
}
