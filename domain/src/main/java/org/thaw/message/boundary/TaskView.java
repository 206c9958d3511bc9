package org.thaw.message.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.thaw.message.entity.ChartTask;

/**
 * A follow-up on a patient's chart as the chart, the thread page and the REST API show it: made
 * from a message, optionally linked to a flag, open until {@code doneAt}. The component names are
 * the REST field names.
 */
public record TaskView(
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

    static TaskView of(ChartTask t) {
        return new TaskView(t.id(), t.patientId(), t.title(), t.dueOn(), t.messageId(), t.flagId(), t.createdBy(),
                t.createdAt(), t.doneBy(), t.doneAt());
    }
}
