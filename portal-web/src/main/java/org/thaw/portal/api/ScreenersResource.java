package org.thaw.portal.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.thaw.platform.InvalidInputException;
import org.thaw.screener.boundary.DueScreener;
import org.thaw.screener.boundary.MyScreeners;
import org.thaw.screener.boundary.ScreenerResult;
import org.thaw.screener.boundary.Submitted;

/**
 * The patient's screeners: {@code GET /portal/api/screeners/due}, {@code GET
 * /portal/api/screeners/responses}, and {@code POST /portal/api/screeners/{code}/responses} with
 * {@code {"answers": {"phq9-1": 2, ...}, "version": "1", "idempotencyKey": "..."}} (version and key
 * optional; a retried POST with the same key answers the first response and stores nothing more). Answers are scores
 * for scored questions; the numbness check's other questions take a code, a list of codes or a
 * date (yyyy-mm-dd). 201 with the total, band and, after a safety answer, the crisis resources.
 */
@Path("screeners")
@ApplicationScoped
@RolesAllowed("patient")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Screeners")
public class ScreenersResource {

    @Inject
    MyScreeners screeners;

    @GET
    @Path("due")
    @Operation(summary = "What the patient should answer now (intake, assigned, follow-ups)")
    public List<DueScreener> due() {
        return screeners.due();
    }

    @GET
    @Path("responses")
    @Operation(summary = "The patient's own results, oldest first, with bands and changes")
    public List<ScreenerResult> responses() {
        return screeners.results();
    }

    /**
     * The body of a submission: {@code answers} (linkId to answer), and optionally {@code version}
     * (a string, or an integer such as 1) and the client's {@code idempotencyKey}.
     */
    public static class Submission {
        public JsonObject answers;
        public JsonValue version;
        public String idempotencyKey;
    }

    @POST
    @Path("{code}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a complete response; a safety answer returns the crisis resources at once")
    public Response submit(@PathParam("code") String code, Submission body) {
        String version = null;
        if (body.version instanceof JsonString s) {
            version = s.getString();
        } else if (body.version instanceof JsonNumber n && n.isIntegral()) {
            version = n.toString();
        } else if (body.version != null) {
            throw new InvalidInputException("version", "must be a version such as \"1\"");
        }
        if (body.answers == null) {
            throw new InvalidInputException("answers", "is required: an object of linkId to answer");
        }
        Submitted submitted = screeners.submit(code, version, answers(body.answers), body.idempotencyKey);
        return Response.status(Response.Status.CREATED).entity(submitted).build();
    }

    /**
     * JSON answers as the scoring engine reads them: integers (as written: 2.0 stays a fraction
     * and is refused), codes, lists of codes; anything else is passed on for the engine to refuse
     * naming the question.
     */
    static Map<String, Object> answers(JsonObject json) {
        Map<String, Object> answers = new LinkedHashMap<>();
        json.forEach((linkId, value) -> answers.put(linkId, value(value)));
        return answers;
    }

    private static Object value(JsonValue value) {
        return switch (value.getValueType()) {
            case NUMBER ->
                ((JsonNumber) value).isIntegral()
                        ? ((JsonNumber) value).bigIntegerValue()
                        : ((JsonNumber) value).bigDecimalValue();
            case STRING -> ((JsonString) value).getString();
            case ARRAY -> {
                List<Object> items = new ArrayList<>();
                value.asJsonArray().forEach(x -> items.add(x instanceof JsonString s ? s.getString() : x.toString()));
                yield items;
            }
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            case OBJECT -> value.toString();
        };
    }
}
