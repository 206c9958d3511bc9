package org.thaw.journal.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.thaw.journal.entity.JournalEntry;

/** One day's entry as the portal, the chart and the REST API show it. */
public record JournalDay(UUID id, LocalDate date, int numbness, String note, Instant updatedAt) {

    static JournalDay of(JournalEntry e) {
        return new JournalDay(e.id(), e.entryDate(), e.numbness(), e.note(), e.updatedAt());
    }
}
