package org.thaw.medication.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.thaw.medication.entity.CourseValues;
import org.thaw.medication.entity.MedicationCourseRevision;

/** The values a correction replaced, with who corrected them and when. */
public record RevisionView(
        Instant revisedAt,
        String revisedBy,
        String rxnorm,
        String name,
        boolean antidepressant,
        BigDecimal dose,
        String unit,
        String frequency,
        LocalDate startedOn,
        String prescriber,
        LocalDate stoppedOn,
        String stopReason) {

    static RevisionView of(MedicationCourseRevision r) {
        CourseValues v = r.previous();
        return new RevisionView(
                r.revisedAt(),
                r.revisedBy(),
                v.rxnorm(),
                v.name(),
                v.antidepressant(),
                Refusals.plain(v.dose()),
                v.unit().code(),
                v.frequency().code(),
                v.startedOn(),
                v.prescriber(),
                v.stoppedOn(),
                v.stopReason());
    }
}
