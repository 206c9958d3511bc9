package org.thaw.clinician.audit;

import java.util.Arrays;
import java.util.List;
import org.thaw.audit.boundary.AuditEntry;
import org.thaw.integration.rest.Csv;

/** The audit trail as a CSV file, one event per line, newest first: what the REST export and the page's download send. */
public final class AuditCsv {

    public static final String FILE_NAME = "thaw-audit-log.csv";

    static final List<String> HEADER = List.of(
            "occurred_at_utc",
            "user",
            "role",
            "action",
            "record_type",
            "record_id",
            "patient_id",
            "patient",
            "outcome");

    private AuditCsv() {}

    public static String of(List<AuditEntry> entries) {
        StringBuilder csv = new StringBuilder(Csv.row(HEADER));
        for (AuditEntry e : entries) {
            csv.append(Csv.row(Arrays.asList(
                    e.occurredAt().toString(),
                    e.user(),
                    e.role(),
                    e.action(),
                    e.recordType(),
                    e.recordId(),
                    e.patientId() == null ? null : e.patientId().toString(),
                    e.patientName(),
                    e.outcome())));
        }
        return csv.toString();
    }
}
