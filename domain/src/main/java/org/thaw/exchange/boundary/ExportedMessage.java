package org.thaw.exchange.boundary;

import java.time.Instant;
import java.util.UUID;
import org.thaw.message.boundary.AuthorRole;

/** A message the patient can read (never a hidden one), with its thread's subject. */
public record ExportedMessage(
        UUID id,
        UUID threadId,
        String subject,
        AuthorRole authorRole,
        String authorName,
        String body,
        Instant sentAt) {}
