package org.thaw.message.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.thaw.message.entity.ChartTask;

/** A follow-up on a patient's chart as the care team sees it (and as the REST API writes it). */
public record ChartTaskView(
        UUID id,
        UUID patientId,
        String title,
        LocalDate dueOn,
        UUID messageId,
        UUID flagId,
        String createdBy,
        Instant createdAt,
        String doneBy,
        Instant doneAt) {

    public boolean done() {
        return doneAt != null;
    }

    static ChartTaskView of(ChartTask t) {
        return new ChartTaskView(
                t.id(),
                t.patientId(),
                t.title(),
                t.dueOn(),
                t.messageId(),
                t.flagId(),
                t.createdBy(),
                t.createdAt(),
                t.doneBy(),
                t.doneAt());
    }
}
