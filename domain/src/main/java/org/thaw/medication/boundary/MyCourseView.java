package org.thaw.medication.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A course as the patient reads it (portal, REST): the drug, the dose as started and as it is now,
 * frequency, prescriber, started and stopped, and the dose changes. Never the stop reason, the
 * clinicians' notes or revisions: this record has no field for them. A course entered in error is
 * not listed at all.
 */
public record MyCourseView(
        UUID id,
        String rxnorm,
        String name,
        BigDecimal dose,
        String unit,
        String frequency,
        BigDecimal currentDose,
        String currentUnit,
        String currentFrequency,
        LocalDate startedOn,
        LocalDate stoppedOn,
        String prescriber,
        List<DoseStep> doseChanges) {

    static MyCourseView of(CourseView c) {
        return new MyCourseView(
                c.id(),
                c.rxnorm(),
                c.name(),
                c.dose(),
                c.unit(),
                c.frequency(),
                c.currentDose(),
                c.currentUnit(),
                c.currentFrequency(),
                c.startedOn(),
                c.stoppedOn(),
                c.prescriber(),
                c.doseChanges().stream().map(DoseStep::of).toList());
    }
}
