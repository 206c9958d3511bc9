package org.thaw.clinician.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.thaw.integration.rest.Ids;
import org.thaw.integration.rest.Integers;
import org.thaw.plan.boundary.PatientPlan;
import org.thaw.plan.boundary.PlanRevision;
import org.thaw.plan.boundary.PlanView;
import org.thaw.plan.boundary.ReviewDraft;
import org.thaw.plan.boundary.RevisionComparison;
import org.thaw.plan.boundary.RevisionSummary;
import org.thaw.plan.boundary.SavedPlan;
import org.thaw.platform.InvalidInputException;
import org.thaw.platform.Page;
import org.thaw.platform.PageRequest;
import org.thaw.security.boundary.RecordNotFoundException;

/**
 * A care-team patient's treatment plan: {@code GET/PUT /clinician/api/patients/{id}/plan} (PUT 201
 * the first time, 200 after; a stale {@code version} 409), {@code GET .../plan/revisions} (paged),
 * {@code GET .../plan/revisions/{number}}, {@code GET .../plan/revisions/compare?older=&newer=},
 * {@code GET .../plan/review-draft}, {@code POST .../plan/reviews} (201), {@code POST
 * .../plan/goals/{goalId}/met}. Another team's patient, or a patient with no plan yet, is 404.
 */
@Path("patients/{id}/plan")
@ApplicationScoped
@RolesAllowed("clinician")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    @Inject
    PatientPlan plans;

    @GET
    @Operation(summary = "The current plan with version, goal progress and homework check-offs; 404 when none yet")
    public PlanView current(@PathParam("id") String id) {
        return plans.current(Ids.of(id, "patient")).orElseThrow(() -> new RecordNotFoundException("plan"));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the plan (a new revision): 201 the first time, 200 after; a stale version 409")
    public Response save(@PathParam("id") String id, PlanRequests.Plan body) {
        PlanRequests.Plan plan = body == null ? new PlanRequests.Plan() : body;
        SavedPlan saved = plans.save(Ids.of(id, "patient"), plan.input());
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(saved.plan())
                .build();
    }

    @GET
    @Path("revisions")
    @Operation(summary = "Every revision (number, who, when, what changed), newest first, paged")
    public Page<RevisionSummary> revisions(
            @PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size) {
        return plans.revisions(
                Ids.of(id, "patient"), PageRequest.of(Integers.parse("page", page), Integers.parse("size", size)));
    }

    @GET
    @Path("revisions/compare")
    @Operation(summary = "Two revisions side by side, the older first")
    public RevisionComparison compare(
            @PathParam("id") String id, @QueryParam("older") String older, @QueryParam("newer") String newer) {
        return plans.compare(Ids.of(id, "patient"), number("older", older), number("newer", newer));
    }

    @GET
    @Path("revisions/{number}")
    @Operation(summary = "One revision whole: the plan as it stood after that save")
    public PlanRevision revision(@PathParam("id") String id, @PathParam("number") String number) {
        int n;
        try {
            n = Integer.parseInt(number);
        } catch (NumberFormatException notANumber) {
            throw new RecordNotFoundException("plan revision");
        }
        return plans.revision(Ids.of(id, "patient"), n);
    }

    @GET
    @Path("review-draft")
    @Operation(summary = "What a review starts from: each goal's progress from the data, a suggested next review day")
    public ReviewDraft reviewDraft(@PathParam("id") String id) {
        return plans.reviewDraft(Ids.of(id, "patient"));
    }

    @POST
    @Path("reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a review (progress per goal as it stands, notes, the next review day): 201")
    public Response review(@PathParam("id") String id, PlanRequests.Review body) {
        PlanRequests.Review review = body == null ? new PlanRequests.Review() : body;
        return Response.status(Response.Status.CREATED)
                .entity(plans.review(Ids.of(id, "patient"), review.input()))
                .build();
    }

    @POST
    @Path("goals/{goalId}/met")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark a TEXT goal met, or not met again: a new revision")
    public PlanView met(@PathParam("id") String id, @PathParam("goalId") String goalId, PlanRequests.Met body) {
        PlanRequests.Met met = body == null ? new PlanRequests.Met() : body;
        return plans.markGoalMet(Ids.of(id, "patient"), Ids.of(goalId, "goal"), met.value());
    }

    private static int number(String field, String value) {
        Integer n = Integers.parse(field, value);
        if (n == null) {
            throw new InvalidInputException(field, "is required: a revision number");
        }
        return n;
    }
}
