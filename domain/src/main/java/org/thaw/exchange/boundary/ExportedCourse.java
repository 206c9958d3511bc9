package org.thaw.exchange.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.thaw.medication.boundary.DoseUnit;
import org.thaw.medication.boundary.Frequency;

/**
 * A medication course (never one entered in error): the drug (RxNorm ingredient code when it comes
 * from the catalogue, else null), its dose steps from the start on, the days it ran. No notes and
 * no stop reason: those are clinician-only.
 */
public record ExportedCourse(
        UUID id,
        String rxnorm,
        String name,
        boolean antidepressant,
        LocalDate startedOn,
        LocalDate stoppedOn,
        List<Dose> doses,
        Instant lastChanged) {

    /** A dose in force from a day on. */
    public record Dose(LocalDate from, BigDecimal amount, DoseUnit unit, Frequency frequency) {}

    public ExportedCourse {
        doses = List.copyOf(doses);
    }

    /** The dose in force now (the last step). */
    public Dose currentDose() {
        return doses.get(doses.size() - 1);
    }
}
