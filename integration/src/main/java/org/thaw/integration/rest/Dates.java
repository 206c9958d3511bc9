package org.thaw.integration.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.thaw.platform.InvalidInputException;

/** Reads ISO dates from paths and query parameters, refusing bad ones with the field's name. */
public final class Dates {

    private Dates() {}

    /** Four-digit years only: LocalDate.parse alone also takes "+999999999-12-31", which no database column holds. */
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The date, or null when absent; a malformed one is refused naming {@code field}. */
    public static LocalDate parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String day = value.trim();
        try {
            if (DAY.matcher(day).matches()) {
                return LocalDate.parse(day);
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw new InvalidInputException(field, "must be a date written yyyy-mm-dd");
    }
}
