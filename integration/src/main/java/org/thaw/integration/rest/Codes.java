package org.thaw.integration.rest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.thaw.platform.InvalidInputException;

/** Reads UPPER_SNAKE codes (states, kinds) from query parameters, refusing unknown ones by name. */
public final class Codes {

    private Codes() {}

    /** The constant, or null when absent; an unknown code is refused naming {@code field} and what is allowed. */
    public static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    field,
                    "must be one of "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .collect(Collectors.joining(", ")));
        }
    }
}
