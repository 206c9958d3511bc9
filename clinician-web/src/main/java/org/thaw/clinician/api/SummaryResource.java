package org.thaw.clinician.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.thaw.clinician.summary.PrescriberSummaries;
import org.thaw.clinician.summary.SummaryPdf;
import org.thaw.integration.rest.Ids;

/**
 * {@code GET /clinician/api/patients/{id}/summary.pdf}: a care-team patient's prescriber summary
 * for another system (the chart's link gives the same PDF in the browser session). Another team's
 * patient, or no patient at all, is 404.
 */
@Path("patients/{id}/summary.pdf")
@ApplicationScoped
@RolesAllowed("clinician")
public class SummaryResource {

    @Inject
    PrescriberSummaries summaries;

    @GET
    @Produces(SummaryPdf.MEDIA_TYPE)
    @Operation(
            summary = "The prescriber summary as a PDF of one or two pages: medications with their dose steps,"
                    + " weekly numbness over 12 weeks, screener totals with change labels, open flags, plan goals")
    @APIResponse(
            responseCode = "200",
            description = "the PDF",
            content =
                    @Content(
                            mediaType = SummaryPdf.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@PathParam("id") String id) {
        byte[] pdf = summaries.pdf(Ids.of(id, "patient"));
        return Response.ok(pdf, SummaryPdf.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + summaries.fileName() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
