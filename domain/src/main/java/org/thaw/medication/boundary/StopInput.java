package org.thaw.medication.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.thaw.medication.entity.MedicationCourse;

/**
 * A course's stop; the component names are the REST field names.
 *
 * @param on the last day: not before the course started or its last dose change, not in the future
 * @param reason why (clinician-only: never shown to the patient)
 */
public record StopInput(
        @NotNull(message = "is required (yyyy-mm-dd)") LocalDate on,

        @Size(max = MedicationCourse.REASON_MAX, message = "must be at most 500 characters")
        String reason) {}
