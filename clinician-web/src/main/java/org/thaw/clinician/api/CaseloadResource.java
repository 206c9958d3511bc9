package org.thaw.clinician.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.thaw.flag.boundary.FlagStatus;
import org.thaw.flag.boundary.FlagType;
import org.thaw.integration.rest.Codes;
import org.thaw.integration.rest.Integers;
import org.thaw.patient.boundary.Caseload;
import org.thaw.patient.boundary.CaseloadFilter;
import org.thaw.patient.boundary.CaseloadRow;
import org.thaw.patient.boundary.CaseloadSort;
import org.thaw.platform.InvalidInputException;
import org.thaw.platform.Page;
import org.thaw.platform.PageRequest;

/**
 * {@code GET /clinician/api/caseload?page=&size=&flagType=&status=&reviewDue=&sort=&order=}: the caller's
 * care-team patients with their flags, paged; triage order by default (flagged patients first, most
 * severe, then oldest). {@code sort}: flags, name, last_entry, last_numbness, mean_7_days;
 * {@code order}: asc, desc; {@code reviewDue=true}: only patients whose treatment plan's review day
 * has come (on or before today in their zone).
 */
@Path("caseload")
@ApplicationScoped
@RolesAllowed("clinician")
@Produces(MediaType.APPLICATION_JSON)
public class CaseloadResource {

    @Inject
    Caseload caseload;

    @GET
    public Page<CaseloadRow> page(
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("flagType") String flagType,
            @QueryParam("status") String status,
            @QueryParam("sort") String sort,
            @QueryParam("order") String order,
            @QueryParam("reviewDue") String reviewDue) {
        PageRequest request = PageRequest.of(Integers.parse("page", page), Integers.parse("size", size));
        CaseloadFilter filter = new CaseloadFilter(
                Codes.parse("flagType", flagType, FlagType.class),
                Codes.parse("status", status, FlagStatus.class),
                reviewDue(reviewDue));
        return caseload.page(request, filter, sort(sort), descending(order));
    }

    static CaseloadSort sort(String value) {
        CaseloadSort sort = Codes.parse("sort", value, CaseloadSort.class);
        return sort == null ? CaseloadSort.FLAGS : sort;
    }

    /** {@code reviewDue=true}: only patients whose plan's review day has come. */
    static boolean reviewDue(String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidInputException("reviewDue", "must be true or false");
    }

    static boolean descending(String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("asc")) {
            return false;
        }
        if (value.equalsIgnoreCase("desc")) {
            return true;
        }
        throw new InvalidInputException("order", "must be asc or desc");
    }
}
