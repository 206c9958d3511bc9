package org.thaw.clinician.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thaw.integration.rest.Dates;
import org.thaw.integration.rest.Ids;
import org.thaw.integration.rest.ThreadRequests;
import org.thaw.integration.rest.ThreadRequests.Reply;
import org.thaw.message.boundary.ChartTaskView;
import org.thaw.message.boundary.TeamMessages;
import org.thaw.message.boundary.ThreadSummary;
import org.thaw.message.boundary.ThreadView;
import org.thaw.platform.InvalidInputException;
import org.thaw.platform.Page;

/**
 * The care team's secure messages: {@code GET/POST /clinician/api/threads} across the care team
 * (a new thread names its {@code patientId}), {@code GET /clinician/api/threads/{id}} (marks it read
 * for the caller only), {@code POST .../{id}/messages}, {@code POST .../{id}/handled}, {@code POST
 * .../{id}/assignee}, and per message {@code POST /clinician/api/messages/{id}/hide} and {@code
 * POST /clinician/api/messages/{id}/task}. Another team's thread or message is 404.
 */
@Path("")
@ApplicationScoped
@RolesAllowed("clinician")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Messages")
public class ThreadsResource {

    /** {@code {"patientId": "...", "subject": "...", "body": "...", "idempotencyKey": "..."}} */
    public static class NewThread {
        public String patientId;
        public String subject;
        public String body;
        public String idempotencyKey;
    }

    /** {@code {"clinician": "dr.okafor"}}; null or empty takes the thread back to the whole team. */
    public static class Assignee {
        public String clinician;
    }

    /** {@code {"reason": "..."}} */
    public static class Hide {
        public String reason;
    }

    /** {@code {"title": "...", "dueOn": "2026-12-01", "flagId": "..."}} (flagId optional) */
    public static class Task {
        public String title;
        public String dueOn;
        public String flagId;
    }

    @Inject
    TeamMessages messages;

    @GET
    @Path("threads")
    @Operation(summary = "The care team's threads, newest first, each with the caller's unread count (paged)")
    public Page<ThreadSummary> threads(@QueryParam("page") String page, @QueryParam("size") String size) {
        return messages.threads(ThreadRequests.page(page, size));
    }

    @POST
    @Path("threads")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write to a care-team patient: a new thread with its first message")
    public Response start(NewThread body) {
        NewThread t = body == null ? new NewThread() : body;
        if (t.patientId == null || t.patientId.isBlank()) {
            throw new InvalidInputException("patientId", "is required");
        }
        return ThreadRequests.sent(messages.start(Ids.of(t.patientId, "patient"), t.subject, t.body, t.idempotencyKey));
    }

    @GET
    @Path("threads/{id}")
    @Operation(summary = "A thread with its messages; reading marks it read for the caller only")
    public ThreadView thread(@PathParam("id") String id) {
        return messages.thread(Ids.of(id, "thread"));
    }

    @POST
    @Path("threads/{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer in a thread (any member of the care team)")
    public Response reply(@PathParam("id") String id, Reply body) {
        return ThreadRequests.reply(id, body, messages::reply);
    }

    @POST
    @Path("threads/{id}/handled")
    @Operation(summary = "Mark the thread handled (a new patient message opens it again)")
    public Map<String, String> handled(@PathParam("id") String id) {
        messages.handled(Ids.of(id, "thread"));
        return Map.of("status", "HANDLED");
    }

    @POST
    @Path("threads/{id}/assignee")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hand the thread to a colleague on the care team (cover when away)")
    public Map<String, String> assignee(@PathParam("id") String id, Assignee body) {
        String clinician = body == null ? null : body.clinician;
        messages.handTo(Ids.of(id, "thread"), clinician);
        return Map.of("assignedTo", clinician == null ? "" : clinician);
    }

    @POST
    @Path("messages/{id}/hide")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hide a message from the patient's view, with a reason (kept for the record)")
    public Map<String, Boolean> hide(@PathParam("id") String id, Hide body) {
        messages.hide(Ids.of(id, "message"), body == null ? null : body.reason);
        return Map.of("hidden", true);
    }

    @POST
    @Path("messages/{id}/task")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turn a message into a follow-up task on the chart, optionally linked to a flag")
    public Response task(@PathParam("id") String id, Task body) {
        Task t = body == null ? new Task() : body;
        UUID flag = null;
        if (t.flagId != null && !t.flagId.isBlank()) {
            try {
                flag = UUID.fromString(t.flagId);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("flagId", "must be one of this patient's flags");
            }
        }
        ChartTaskView task = messages.task(Ids.of(id, "message"), t.title, Dates.parse("dueOn", t.dueOn), flag);
        return Response.status(Response.Status.CREATED).entity(task).build();
    }
}
