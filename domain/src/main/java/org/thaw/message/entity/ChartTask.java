package org.thaw.message.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A follow-up on a patient's chart, made from a message, optionally linked to a flag. */
public record ChartTask(
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
}
