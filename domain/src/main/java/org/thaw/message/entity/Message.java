package org.thaw.message.entity;

import java.time.Instant;
import java.util.UUID;
import org.thaw.message.boundary.AuthorRole;

/**
 * One message as stored. Never deleted; {@code hiddenAt} set means a clinician hid it from the
 * patient's view (with who and why), and it stays on the record for the care team.
 */
public record Message(
        UUID id,
        UUID threadId,
        String author,
        AuthorRole authorRole,
        String authorName,
        String body,
        Instant sentAt,
        Instant hiddenAt,
        String hiddenBy,
        String hiddenReason) {

    public boolean hidden() {
        return hiddenAt != null;
    }
}
