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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thaw.integration.rest.Ids;
import org.thaw.integration.rest.ThreadRequests;
import org.thaw.integration.rest.ThreadRequests.Reply;
import org.thaw.message.boundary.MyMessages;
import org.thaw.message.boundary.ThreadSummary;
import org.thaw.message.boundary.ThreadView;
import org.thaw.platform.Page;

/**
 * The patient's secure messages with their care team: {@code GET/POST /portal/api/threads},
 * {@code GET /portal/api/threads/{id}} (reading marks it read), {@code POST
 * /portal/api/threads/{id}/messages}. A client {@code idempotencyKey} makes a retried send the
 * same thread or message (201 when created, 200 for the retry).
 */
@Path("threads")
@ApplicationScoped
@RolesAllowed("patient")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Messages")
public class ThreadsResource {

    /** {@code {"subject": "...", "body": "...", "idempotencyKey": "..."}} */
    public static class NewThread {
        public String subject;
        public String body;
        public String idempotencyKey;
    }

    @Inject
    MyMessages messages;

    @GET
    @Operation(summary = "The patient's threads, newest first, each with its unread count (paged)")
    public Page<ThreadSummary> threads(@QueryParam("page") String page, @QueryParam("size") String size) {
        return messages.threads(ThreadRequests.page(page, size));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write to the care team: a new thread with its first message")
    public Response start(NewThread body) {
        NewThread t = body == null ? new NewThread() : body;
        return ThreadRequests.sent(messages.start(t.subject, t.body, t.idempotencyKey));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A thread with its messages; reading marks it read for the patient")
    public ThreadView thread(@PathParam("id") String id) {
        return messages.thread(Ids.of(id, "thread"));
    }

    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reply in a thread")
    public Response reply(@PathParam("id") String id, Reply body) {
        return ThreadRequests.reply(id, body, messages::reply);
    }
}
