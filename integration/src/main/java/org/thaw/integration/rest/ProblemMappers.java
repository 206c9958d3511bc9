package org.thaw.integration.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.thaw.screener.boundary.SafetyAnswerException;
import org.thaw.security.boundary.AccessDeniedException;
import org.thaw.security.boundary.InvalidInputException;
import org.thaw.security.boundary.RecordNotFoundException;

/**
 * Maps every failure of a REST call to problem+json: never a stack trace, never an HTML page.
 * Each war's JAX-RS application registers {@link #all()}.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {}

    /** The mapper classes, for {@code Application.getClasses()}. */
    public static Set<Class<?>> all() {
        return Set.of(NotFound.class, Denied.class, InvalidInput.class, Unreadable.class,
                UnreadableJson.class, Web.class, SafetyAnswered.class, Unexpected.class);
    }

    /** Not there, or not the caller's: the same answer, so existence does not leak. */
    @Provider
    public static class NotFound implements ExceptionMapper<RecordNotFoundException> {
        @Override
        public Response toResponse(RecordNotFoundException e) {
            return Problems.of(Response.Status.NOT_FOUND, "No such record.");
        }
    }

    @Provider
    public static class Denied implements ExceptionMapper<AccessDeniedException> {
        @Override
        public Response toResponse(AccessDeniedException e) {
            return Problems.of(Response.Status.FORBIDDEN, "This endpoint is not available to your account.");
        }
    }

    /** Refused input, the one kind Thaw has: 400 naming every refused field. */
    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return Problems.badRequest("The request has invalid fields.",
                    e.errors().stream().map(f -> new Problems.FieldError(f.field(), f.message())).toList());
        }
    }

    /** A body that is not JSON, or JSON of the wrong shape (a word where a number belongs...). */
    @Provider
    public static class Unreadable implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return Problems.of(Response.Status.BAD_REQUEST, "The request body is not valid JSON of the expected shape.");
        }
    }

    /** A body read as JSON-P that does not parse, or is not the object expected. */
    @Provider
    public static class UnreadableJson implements ExceptionMapper<JsonException> {
        @Override
        public Response toResponse(JsonException e) {
            return Problems.of(Response.Status.BAD_REQUEST, "The request body is not valid JSON of the expected shape.");
        }
    }

    /** JAX-RS's own errors (404 of an unknown path, 405, 415, a role refused by @RolesAllowed...). */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int code = e.getResponse().getStatus();
            Response.Status status = Response.Status.fromStatusCode(code);
            if (status == null) {
                status = Response.Status.INTERNAL_SERVER_ERROR;
            }
            String detail = switch (status) {
                case FORBIDDEN -> "This endpoint is not available to your account.";
                case UNAUTHORIZED -> "A valid bearer token is required.";
                case NOT_FOUND -> "No such resource.";
                default -> status.getReasonPhrase();
            };
            if (e instanceof ForbiddenException || e instanceof NotAuthorizedException) {
                LOG.fine(() -> "refused: " + code);
            }
            return Problems.of(status, detail);
        }
    }

    /**
     * A screener submission with a safety answer that was refused or failed: the problem its cause
     * would give (400 naming the field, or a 5xx), plus {@code safetyPositive: true} and the
     * practice's {@code crisisResources}, so the patient sees them first whatever else went wrong.
     */
    @Provider
    public static class SafetyAnswered implements ExceptionMapper<SafetyAnswerException> {
        @Override
        public Response toResponse(SafetyAnswerException e) {
            Throwable cause = e.getCause();
            Response problem = cause instanceof RuntimeException failure ? new Unexpected().toResponse(failure)
                    : Problems.of(Response.Status.INTERNAL_SERVER_ERROR, "Something went wrong on our side. Please try again.");
            return Problems.withMembers(problem, Json.createObjectBuilder()
                    .add("safetyPositive", true)
                    .add("safetyAnswerRecorded", e.recorded())
                    .add("crisisResources", e.crisisResources())
                    .build());
        }
    }

    /** Anything else: logged without request data, answered as a plain 500. */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException e) {
            Throwable cause = e;
            while (cause != null) {
                if (cause instanceof SafetyAnswerException safety) {
                    return new SafetyAnswered().toResponse(safety);
                }
                if (cause instanceof RecordNotFoundException notFound) {
                    return new NotFound().toResponse(notFound);
                }
                if (cause instanceof AccessDeniedException denied) {
                    return new Denied().toResponse(denied);
                }
                if (cause instanceof ConstraintViolationException invalid) {
                    // a constraint an entity checks on persist: refused input all the same
                    return new InvalidInput().toResponse(InvalidInputException.of(invalid));
                }
                if (cause instanceof InvalidInputException invalid) {
                    return new InvalidInput().toResponse(invalid);
                }
                if (cause instanceof JsonbException unreadable) {
                    return new Unreadable().toResponse(unreadable);
                }
                if (cause instanceof JsonException unreadable) {
                    return new UnreadableJson().toResponse(unreadable);
                }
                cause = cause.getCause();
            }
            LOG.log(Level.SEVERE, "unexpected failure in a REST call: " + e.getClass().getName(), e);
            return Problems.of(Response.Status.INTERNAL_SERVER_ERROR, "Something went wrong on our side. Please try again.");
        }
    }
}
