package org.thaw.medication.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.thaw.medication.entity.DoseChange;

/** A dose change as the care team reads it: from which day, the dose, unit and frequency, who entered it and when. */
public record DoseChangeView(
        UUID id, LocalDate on, BigDecimal dose, String unit, String frequency, String enteredBy, Instant enteredAt) {

    static DoseChangeView of(DoseChange d) {
        return new DoseChangeView(
                d.id(),
                d.changedOn(),
                Refusals.plain(d.dose()),
                d.unit().code(),
                d.frequency().code(),
                d.enteredBy(),
                d.enteredAt());
    }
}
