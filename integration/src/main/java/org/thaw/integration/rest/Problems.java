package org.thaw.integration.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
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

    /**
     * Looked up once: {@code Json.createX} finds the provider anew on every call, a scan of the
     * class path through the ServiceLoader that showed in the load profile.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private Problems() {}

    public static Response of(Response.Status status, String detail) {
        return build(status, detail, List.of());
    }

    public static Response badRequest(String detail, List<FieldError> errors) {
        return build(Response.Status.BAD_REQUEST, detail, errors);
    }

    /** 409: the request collides with a record that stays as it is, naming the field. */
    public static Response conflict(String detail, List<FieldError> errors) {
        return build(Response.Status.CONFLICT, detail, errors);
    }

    /**
     * The same problem with more members (RFC 9457 extension members), e.g. the crisis resources a
     * refused safety answer still carries. Status and headers stay.
     */
    public static Response withMembers(Response problem, JsonObject members) {
        JsonObjectBuilder body;
        try (JsonReader reader = JSON.createReader(new StringReader(String.valueOf(problem.getEntity())))) {
            body = JSON.createObjectBuilder(reader.readObject());
        }
        members.forEach(body::add);
        return Response.status(problem.getStatus())
                .type(MEDIA_TYPE)
                .header("Cache-Control", "no-store")
                .entity(body.build().toString())
                .build();
    }

    private static Response build(Response.Status status, String detail, List<FieldError> errors) {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", status.getReasonPhrase())
                .add("status", status.getStatusCode())
                .add("detail", detail);
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = JSON.createArrayBuilder();
            errors.forEach(e ->
                    list.add(JSON.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            body.add("errors", list);
        }
        return Response.status(status)
                .type(MEDIA_TYPE)
                .header("Cache-Control", "no-store")
                .entity(body.build().toString())
                .build();
    }
}
