package org.thaw.integration.rest;

import org.thaw.platform.InvalidInputException;

/** Reads whole numbers from query parameters, refusing bad ones with the field's name. */
public final class Integers {

    private Integers() {}

    /** The number, or null when absent; anything else is refused naming {@code field}. */
    public static Integer parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a whole number");
        }
    }
}
