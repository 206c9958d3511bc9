package org.thaw.clinician.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thaw.audit.boundary.AuditEntry;
import org.thaw.audit.boundary.AuditQuery;
import org.thaw.audit.boundary.AuditTrail;
import org.thaw.clinician.audit.AuditCsv;
import org.thaw.integration.rest.Dates;
import org.thaw.integration.rest.Integers;
import org.thaw.platform.InvalidInputException;
import org.thaw.platform.Page;
import org.thaw.platform.PageRequest;

/**
 * The practice admin reads the audit trail: {@code GET
 * /clinician/api/audit?patient=&user=&from=&to=&page=&size=}, newest first, paged; the same with
 * {@code Accept: text/csv} is the whole result as a CSV file (formula-like cells neutralised). A
 * bad parameter is a 400 naming it; a clinician gets 403. Reading the trail is itself audited.
 */
@Path("audit")
@ApplicationScoped
@RolesAllowed("admin")
@Tag(name = "Audit log")
public class AuditResource {

    @Inject
    AuditTrail trail;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Audit events, newest first, paged; filters: patient (id), user (username), from and to"
                    + " (yyyy-mm-dd, both included, practice time zone)")
    public Page<AuditEntry> search(
            @QueryParam("patient") String patient,
            @QueryParam("user") String user,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(Integers.parse("page", page), Integers.parse("size", size));
        return trail.search(query(patient, user, from, to), request);
    }

    @GET
    @Produces("text/csv;qs=0.5")
    @Operation(summary = "The same search as a CSV file, every matching event (at most 50,000, the newest)")
    public Response csv(
            @QueryParam("patient") String patient,
            @QueryParam("user") String user,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        String csv = AuditCsv.of(trail.export(query(patient, user, from, to)));
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + AuditCsv.FILE_NAME + "\"")
                .build();
    }

    static AuditQuery query(String patient, String user, String from, String to) {
        return new AuditQuery(patientId(patient), user, Dates.parse("from", from), Dates.parse("to", to));
    }

    /** A filter, not a record: a malformed id is a bad parameter (400), not "not found". */
    private static UUID patientId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException notAnId) {
            throw new InvalidInputException("patient", "must be a patient id (a UUID)");
        }
    }
}
