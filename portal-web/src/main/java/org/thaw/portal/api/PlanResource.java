package org.thaw.portal.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.thaw.integration.rest.Dates;
import org.thaw.integration.rest.Ids;
import org.thaw.plan.boundary.CheckOff;
import org.thaw.plan.boundary.MyPlan;
import org.thaw.plan.boundary.MyPlanView;
import org.thaw.security.boundary.RecordNotFoundException;

/**
 * The patient's treatment plan: {@code GET /portal/api/plan} (no private note, no clinician
 * comments; 404 while the care team has written none) and {@code POST
 * /portal/api/plan/homework/{id}/done} (201, or 200 for the same day again), optionally with
 * {@code {"day": "yyyy-mm-dd"}} for yesterday.
 */
@Path("plan")
@ApplicationScoped
@RolesAllowed("patient")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    /** {@code {"day": "2026-11-19"}}: today when left out; today or yesterday. */
    public static class Done {
        public String day;
    }

    @Inject
    MyPlan plan;

    @GET
    @Operation(summary = "The patient's current plan: goals with progress, interventions, homework with check-offs")
    public MyPlanView current() {
        return plan.current().orElseThrow(() -> new RecordNotFoundException("plan"));
    }

    @POST
    @Path("homework/{id}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check off a homework item for a day: 201, or 200 when that day was checked off already")
    public Response done(@PathParam("id") String id, Done body) {
        Done done = body == null ? new Done() : body;
        CheckOff checkOff = plan.checkOff(Ids.of(id, "homework item"), Dates.parse("day", done.day));
        return Response.status(checkOff.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(checkOff.checkOff())
                .build();
    }
}
