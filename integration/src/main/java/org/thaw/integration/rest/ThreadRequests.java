package org.thaw.integration.rest;

import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.thaw.message.boundary.Sent;
import org.thaw.platform.PageRequest;

/**
 * What the patient's and the care team's thread resources share: the paging parameters, the reply
 * body, and answering a send with 201 when it created the message and 200 when it was a retry of
 * the same {@code idempotencyKey}.
 */
public final class ThreadRequests {

    /** {@code {"body": "...", "idempotencyKey": "..."}} */
    public static class Reply {
        public String body;
        public String idempotencyKey;
    }

    /** A boundary's reply: {@code MyMessages::reply} or {@code TeamMessages::reply}. */
    @FunctionalInterface
    public interface Replying {
        Sent reply(UUID threadId, String body, String idempotencyKey);
    }

    private ThreadRequests() {}

    /** The page asked for by the {@code page} and {@code size} query parameters (defaults when absent). */
    public static PageRequest page(String page, String size) {
        return PageRequest.of(Integers.parse("page", page), Integers.parse("size", size));
    }

    /** A reply to the thread of the path; no body is a reply without text, refused as such. */
    public static Response reply(String threadId, Reply body, Replying replying) {
        Reply r = body == null ? new Reply() : body;
        return sent(replying.reply(Ids.of(threadId, "thread"), r.body, r.idempotencyKey));
    }

    /** 201 with the message when the send created it, 200 when it repeated an earlier send. */
    public static Response sent(Sent sent) {
        return Response.status(sent.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(sent)
                .build();
    }
}
