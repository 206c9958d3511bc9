package org.thaw.integration.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Builds RFC 9457 {@code application/problem+json} answers, the one error shape of Thaw's APIs.
 *
 * <pre>
 * return Problems.badRequest(List.of(new FieldError("numbness", "must be between 0 and 10")));
 * </pre>
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One refused input field. */
    public record FieldError(String field, String message) {}

    private Problems() {}

    public static Response of(Response.Status status, String detail) {
        return build(status, detail, List.of());
    }

    public static Response badRequest(String detail, List<FieldError> errors) {
        return build(Response.Status.BAD_REQUEST, detail, errors);
    }

    private static Response build(Response.Status status, String detail, List<FieldError> errors) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", status.getReasonPhrase())
                .add("status", status.getStatusCode())
                .add("detail", detail);
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            errors.forEach(e -> list.add(Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            body.add("errors", list);
        }
        return Response.status(status)
                .type(MEDIA_TYPE)
                .header("Cache-Control", "no-store")
                .entity(body.build().toString())
                .build();
    }
}
