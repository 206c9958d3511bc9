package org.thaw.message.boundary;

import java.time.Instant;
import java.util.UUID;

/**
 * A thread in a list: subject, the last message time and the caller's own unread count; for the
 * care team also the patient, whether it is handled and by whom, and to whom it was handed.
 */
public record ThreadSummary(
        UUID id,
        UUID patientId,
        String patientName,
        String subject,
        Instant lastMessageAt,
        long unreadCount,
        ThreadStatus status,
        String handledBy,
        String assignedTo) {}
