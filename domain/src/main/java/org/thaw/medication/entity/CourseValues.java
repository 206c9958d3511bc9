package org.thaw.medication.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.thaw.medication.boundary.DoseUnit;
import org.thaw.medication.boundary.Frequency;

/**
 * What a course says, checked: the drug (RxNorm code or null, name, whether it is an
 * antidepressant), the starting dose, unit and frequency, the start, the prescriber, and the stop
 * with its reason (both null while it runs). A correction replaces all of it at once.
 */
public record CourseValues(
        String rxnorm,
        String name,
        boolean antidepressant,
        BigDecimal dose,
        DoseUnit unit,
        Frequency frequency,
        LocalDate startedOn,
        String prescriber,
        LocalDate stoppedOn,
        String stopReason) {}
