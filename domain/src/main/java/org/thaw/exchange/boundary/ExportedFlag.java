package org.thaw.exchange.boundary;

import java.time.Instant;
import java.util.UUID;
import org.thaw.flag.boundary.FlagStatus;
import org.thaw.flag.boundary.FlagType;
import org.thaw.flag.boundary.Severity;

/** A flag, open or resolved: what it is about, how urgent, since when and until when. */
public record ExportedFlag(
        UUID id, FlagType type, Severity severity, FlagStatus status, Instant openedAt, Instant resolvedAt) {

    /** When the flag last changed: resolved, else opened. */
    public Instant lastChanged() {
        return resolvedAt != null ? resolvedAt : openedAt;
    }
}
