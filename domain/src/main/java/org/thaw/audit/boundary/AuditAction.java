package org.thaw.audit.boundary;

/** What a call did to health data. */
public enum AuditAction {
    READ,
    LIST,
    CREATE,
    UPDATE,
    DELETE
}
