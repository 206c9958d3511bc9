package org.thaw.medication.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.thaw.platform.InvalidInputException;
import org.thaw.platform.InvalidInputException.FieldError;

/**
 * Collects the refused fields of one medication input so that all of them are named at once, then
 * refuses them together; also the few checks several inputs share (a day in the future, a unit or
 * frequency code).
 */
final class Refusals {

    private final List<FieldError> errors = new ArrayList<>();

    void refuse(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    /** Refuses {@code day} when it is after {@code today}. */
    void notInFuture(String field, LocalDate day, LocalDate today) {
        if (day != null && day.isAfter(today)) {
            refuse(field, "must not be in the future (today is " + today + ")");
        }
    }

    /** The unit of {@code code}, else {@code fallback} when the code is null, else refused. */
    DoseUnit unit(String code, DoseUnit fallback) {
        if (code == null) {
            return fallback;
        }
        return DoseUnit.ofCode(code).orElseGet(() -> {
            refuse(DoseUnit.FIELD, "must be one of mg, mcg, ml");
            return fallback;
        });
    }

    /** The frequency of {@code code}, else {@code fallback} when the code is null, else refused. */
    Frequency frequency(String code, Frequency fallback) {
        if (code == null) {
            return fallback;
        }
        return Frequency.ofCode(code).orElseGet(() -> {
            refuse(Frequency.FIELD, "must be one of daily, twice_daily, three_times_daily, weekly, as_needed");
            return fallback;
        });
    }

    /** Throws the refusal when any field was refused. */
    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** A blank text is no text. */
    static String textOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A dose as it reads: 50, not 50.000 or 5E+1. */
    static BigDecimal plain(BigDecimal dose) {
        if (dose == null) {
            return null;
        }
        BigDecimal stripped = dose.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
