package org.thaw.message.entity;

import java.time.Instant;
import java.util.UUID;
import org.thaw.message.boundary.AuthorRole;
import org.thaw.message.boundary.ThreadStatus;

/** A conversation between a patient and their care team, as stored. */
public record MessageThread(
        UUID id,
        UUID patientId,
        String subject,
        String startedBy,
        AuthorRole startedByRole,
        Instant createdAt,
        Instant lastMessageAt,
        ThreadStatus status,
        String handledBy,
        Instant handledAt,
        String assignedTo) {}
