/**
 * The audit trail of health-data access.
 *
 * <p>A boundary method that reads or writes patient data carries {@link
 * org.thaw.audit.boundary.Audited}; one interceptor writes exactly one {@link
 * org.thaw.audit.entity.AuditEvent} per call (UTC time, subject, username, role, action, record,
 * patient, outcome), in its own transaction so that a refused or failed call is recorded too. The
 * method names the patient and record it touched through {@link org.thaw.audit.boundary.Audit}.
 *
 * <p>Rows are append-only: the application's database role may insert them, never update or
 * delete them (granted in the migrations). The practice admin reads the
 * trail through {@link org.thaw.audit.boundary.AuditTrail} (a search or an export), and that
 * reading is audited too.
 */
package org.thaw.audit;
