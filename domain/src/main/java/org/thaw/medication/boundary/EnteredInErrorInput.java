package org.thaw.medication.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.thaw.medication.entity.MedicationCourse;

/** Why a course was recorded by mistake; {@code reason} is the REST field. */
public record EnteredInErrorInput(
        @NotBlank(message = "is required: say why the course was a mistake")
        @Size(max = MedicationCourse.REASON_MAX, message = "must be at most 500 characters")
        String reason) {}
