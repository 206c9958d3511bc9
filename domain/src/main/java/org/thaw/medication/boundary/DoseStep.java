package org.thaw.medication.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A dose from a day on, as the patient reads their course's history. */
public record DoseStep(LocalDate on, BigDecimal dose, String unit, String frequency) {

    static DoseStep of(DoseChangeView d) {
        return new DoseStep(d.on(), d.dose(), d.unit(), d.frequency());
    }
}
