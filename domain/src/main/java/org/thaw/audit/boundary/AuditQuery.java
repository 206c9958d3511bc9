package org.thaw.audit.boundary;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the admin searches the audit trail for; every part optional: the patient concerned, the
 * user who acted (username, exact), and the days from and to (both included, in the practice's
 * time zone).
 */
public record AuditQuery(UUID patientId, String user, LocalDate from, LocalDate to) {

    /** Everything. */
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null);
    }
}
