package org.thaw.portal.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thaw.screener.boundary.InstrumentDefinition;
import org.thaw.screener.boundary.MyScreeners;

/**
 * {@code GET /portal/api/instruments/{code}} ({@code PHQ-9}, {@code GAD-7}, {@code PCL-5},
 * {@code WHO-5}, {@code NUMBNESS}): the current definition, with its items ({@code linkId},
 * {@code text}, LOINC {@code code}, {@code options} with their {@code score}), bands and notice.
 */
@Path("instruments")
@ApplicationScoped
@RolesAllowed("patient")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Screeners")
public class InstrumentsResource {

    @Inject
    MyScreeners screeners;

    @GET
    @Path("{code}")
    @Operation(summary = "An instrument's current definition")
    public InstrumentDefinition instrument(@PathParam("code") String code) {
        return screeners.instrument(code);
    }
}
