package org.thaw.audit.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * One audit event as the admin reads it: when (UTC), who (username and the role they acted in),
 * what (action, record type and id), the patient concerned (id and name, when there is one) and
 * the outcome ({@code ALLOWED}, {@code DENIED}, {@code FAILED}).
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String user,
        String role,
        String action,
        String recordType,
        String recordId,
        UUID patientId,
        String patientName,
        String outcome)
        implements Serializable {}
