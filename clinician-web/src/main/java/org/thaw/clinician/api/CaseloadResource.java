package org.thaw.clinician.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.thaw.integration.rest.Integers;
import org.thaw.patient.boundary.Caseload;
import org.thaw.patient.boundary.CaseloadRow;
import org.thaw.patient.boundary.CaseloadSort;
import org.thaw.platform.Page;
import org.thaw.platform.PageRequest;
import org.thaw.security.boundary.InvalidInputException;

/**
 * {@code GET /clinician/api/caseload?page=&size=&sort=&order=}: the caller's care-team patients,
 * paged ({@code sort}: name, last_entry, last_numbness, mean_7_days; {@code order}: asc, desc).
 */
@Path("caseload")
@RequestScoped
@RolesAllowed("clinician")
@Produces(MediaType.APPLICATION_JSON)
public class CaseloadResource {

    @Inject
    Caseload caseload;

    @GET
    public Page<CaseloadRow> page(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort, @QueryParam("order") String order) {
        PageRequest request = PageRequest.of(Integers.parse("page", page), Integers.parse("size", size));
        return caseload.page(request, sort(sort), descending(order));
    }

    static CaseloadSort sort(String value) {
        if (value == null || value.isBlank()) {
            return CaseloadSort.NAME;
        }
        try {
            return CaseloadSort.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("sort", "must be one of name, last_entry, last_numbness, mean_7_days");
        }
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
