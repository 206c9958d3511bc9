package org.thaw.journal.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.thaw.journal.entity.JournalEntry;

/**
 * What a patient writes for a day: how numb they felt (0 = not at all, 10 = completely), and an
 * optional note.
 */
public record JournalInput(
        @NotNull(message = "is required: choose a number from 0 to 10")
        @Min(value = 0, message = "must be between 0 and 10")
        @Max(value = 10, message = "must be between 0 and 10")
        Integer numbness,
        @Size(max = JournalEntry.NOTE_MAX, message = "must be at most 2,000 characters")
        String note) {

    /** A blank note is no note. */
    public String noteOrNull() {
        return note == null || note.isBlank() ? null : note.strip();
    }
}
