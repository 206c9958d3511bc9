package org.thaw.medication.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.thaw.medication.entity.MedicationNote;

/** A clinician's side-effect note on a course (clinician-only); {@code text} is the REST field. */
public record NoteInput(
        @NotBlank(message = "is required")
        @Size(max = MedicationNote.TEXT_MAX, message = "must be at most 2,000 characters")
        String text) {}
