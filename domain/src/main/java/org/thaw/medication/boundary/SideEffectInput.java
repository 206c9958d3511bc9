package org.thaw.medication.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.thaw.medication.entity.SideEffectReport;

/**
 * A patient's side-effect report; the component names are the REST field names.
 *
 * @param courseId one of the patient's own courses, or null for "not sure"
 * @param blunting how emotionally flat or blunted they feel, 0–10
 * @param effects codes of other effects ({@code medications/side-effects.csv})
 * @param note free text, at most 2,000 characters
 * @param since since when, not in the future
 */
public record SideEffectInput(
        UUID courseId,

        @NotNull(message = "is required: choose a number from 0 to 10")
        @Min(value = 0, message = "must be between 0 and 10")
        @Max(value = 10, message = "must be between 0 and 10")
        Integer blunting,

        List<String> effects,

        @Size(max = SideEffectReport.NOTE_MAX, message = "must be at most 2,000 characters")
        String note,

        LocalDate since) {}
