package org.thaw.medication.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A dose change; the component names are the REST field names. {@code unit} and {@code frequency}
 * may be left out: then those in force on {@code on} go on.
 *
 * @param on the first day of the new dose: not before the course started, not after it stopped,
 *     not in the future
 * @param dose the new dose, more than 0
 * @param unit {@code mg}, {@code mcg} or {@code ml}, when it changes too
 * @param frequency a frequency code, when it changes too
 */
public record DoseChangeInput(
        @NotNull(message = "is required (yyyy-mm-dd)") LocalDate on,

        @NotNull(message = "is required")
        @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
        @Digits(integer = 7, fraction = 3, message = "must have at most 7 digits before the point and 3 after")
        BigDecimal dose,

        String unit,
        String frequency) {

    /** A new dose, unit and frequency going on. */
    public static DoseChangeInput of(LocalDate on, BigDecimal dose) {
        return new DoseChangeInput(on, dose, null, null);
    }
}
