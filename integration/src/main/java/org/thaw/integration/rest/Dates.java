package org.thaw.integration.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.thaw.security.boundary.InvalidInputException;

/** Reads ISO dates from paths and query parameters, refusing bad ones with the field's name. */
public final class Dates {

    private Dates() {}

    /** The date, or null when absent; a malformed one is refused naming {@code field}. */
    public static LocalDate parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date written yyyy-mm-dd");
        }
    }
}
