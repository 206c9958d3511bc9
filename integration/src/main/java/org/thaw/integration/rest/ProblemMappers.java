package org.thaw.integration.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.spi.JsonProvider;
import jakarta.transaction.TransactionalException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.thaw.account.boundary.AccountsUnavailableException;
import org.thaw.platform.ConflictException;
import org.thaw.platform.InvalidInputException;
import org.thaw.screener.boundary.SafetyAnswerException;
import org.thaw.security.boundary.AccessDeniedException;
import org.thaw.security.boundary.RecordNotFoundException;

/**
 * Maps every failure of a REST call to problem+json: never a stack trace, never an HTML page.
 * Each war's JAX-RS application registers {@link #all()}.
 */
public final class ProblemMappers {

    /**
     * Looked up once: {@code Json.createX} finds the provider anew on every call, a scan of the
     * class path through the ServiceLoader that showed in the load profile.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {}

    /** The mapper classes, for {@code Application.getClasses()}. */
    public static Set<Class<?>> all() {
        return Set.of(
                NotFound.class,
                Denied.class,
                InvalidInput.class,
                Unreadable.class,
                UnreadableJson.class,
                Web.class,
                SafetyAnswered.class,
                AccountsUnavailable.class,
                TransactionFailed.class,
                Unexpected.class);
    }

    /**
     * A mapper whose answer is {@link #known}'s: one per failure Thaw answers in its own words, so
     * JAX-RS picks it over {@link Unexpected} for that type.
     */
    public abstract static class Known<E extends RuntimeException> implements ExceptionMapper<E> {
        @Override
        public Response toResponse(E e) {
            return known(e);
        }
    }

    /** Not there, or not the caller's: the same answer, so existence does not leak. */
    @Provider
    public static class NotFound extends Known<RecordNotFoundException> {}

    @Provider
    public static class Denied extends Known<AccessDeniedException> {}

    /**
     * Refused input, the one kind Thaw has: 400 naming every refused field; 409 naming the field for
     * input that collides with a record that stays as it is ({@link ConflictException}).
     */
    @Provider
    public static class InvalidInput extends Known<InvalidInputException> {}

    /** A body that is not JSON, or JSON of the wrong shape (a word where a number belongs...). */
    @Provider
    public static class Unreadable extends Known<JsonbException> {}

    /** A body read as JSON-P that does not parse, or is not the object expected. */
    @Provider
    public static class UnreadableJson extends Known<JsonException> {}

    /**
     * A screener submission with a safety answer that was refused or failed: the problem its cause
     * would give (400 naming the field, or a 5xx), plus {@code safetyPositive: true} and the
     * practice's {@code crisisResources}, so the patient sees them first whatever else went wrong.
     */
    @Provider
    public static class SafetyAnswered extends Known<SafetyAnswerException> {}

    /**
     * Keycloak could not create or change an account: 503, and nothing was created (the call's
     * transaction rolled back, an account made on the way was deleted).
     */
    @Provider
    public static class AccountsUnavailable extends Known<AccountsUnavailableException> {}

    /** The answer to a failure Thaw knows, or null for any other. */
    static Response known(RuntimeException e) {
        if (e instanceof RecordNotFoundException) {
            return Problems.of(Response.Status.NOT_FOUND, "No such record.");
        }
        if (e instanceof AccessDeniedException) {
            return Problems.of(Response.Status.FORBIDDEN, "This endpoint is not available to your account.");
        }
        if (e instanceof AccountsUnavailableException) {
            return Response.fromResponse(Problems.of(
                            Response.Status.SERVICE_UNAVAILABLE,
                            "Accounts cannot be created or changed right now: the sign-in service is unavailable."
                                    + " Nothing was created; please try again later."))
                    .header("Retry-After", "60")
                    .build();
        }
        if (e instanceof ConflictException conflict) {
            return Problems.conflict(
                    "The request conflicts with a record that stays as it is.",
                    conflict.errors().stream()
                            .map(f -> new Problems.FieldError(f.field(), f.message()))
                            .toList());
        }
        if (e instanceof InvalidInputException invalid) {
            return Problems.badRequest(
                    "The request has invalid fields.",
                    invalid.errors().stream()
                            .map(f -> new Problems.FieldError(f.field(), f.message()))
                            .toList());
        }
        if (e instanceof ConstraintViolationException invalid) {
            // a constraint an entity checks on persist: refused input all the same
            return known(InvalidInputException.of(invalid));
        }
        if (e instanceof JsonbException || e instanceof JsonException) {
            return Problems.of(
                    Response.Status.BAD_REQUEST, "The request body is not valid JSON of the expected shape.");
        }
        if (e instanceof SafetyAnswerException safety) {
            Throwable cause = safety.getCause();
            Response problem = cause instanceof RuntimeException failure
                    ? new Unexpected().toResponse(failure)
                    : Problems.of(
                            Response.Status.INTERNAL_SERVER_ERROR,
                            "Something went wrong on our side. Please try again.");
            return Problems.withMembers(
                    problem,
                    JSON.createObjectBuilder()
                            .add("safetyPositive", true)
                            .add("safetyAnswerRecorded", safety.recorded())
                            .add("crisisResources", safety.crisisResources())
                            .build());
        }
        return null;
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
            String detail =
                    switch (status) {
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
     * A transaction that could not commit. Jersey has its own mapper for this type (it rethrows, and
     * the container then answers with an HTML error page), so Thaw maps it itself: a known failure
     * among its causes gets its own answer; otherwise the database was lost at commit time (away,
     * or too slow to answer), a 503 whose text does not claim that nothing was saved: the commit may
     * have reached the database. A retry with the same idempotency key is safe either way.
     */
    @Provider
    public static class TransactionFailed implements ExceptionMapper<TransactionalException> {
        @Override
        public Response toResponse(TransactionalException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                Response answer = cause instanceof RuntimeException failure ? known(failure) : null;
                if (answer != null) {
                    return answer;
                }
            }
            if (!commitLost(e)) {
                return new Unexpected().toResponse(e);
            }
            LOG.warning("A REST call lost the database while committing: answered 503 ("
                    + e.getClass().getName() + ")");
            return Response.fromResponse(Problems.of(
                            Response.Status.SERVICE_UNAVAILABLE,
                            "The service is unavailable for a moment and could not confirm that this was saved."
                                    + " Please send it again shortly with the same idempotency key."))
                    .header("Retry-After", "30")
                    .build();
        }
    }

    /** Anything else, a known failure found among its causes first: logged without request data, answered as a plain 500. */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                Response answer = cause instanceof RuntimeException failure ? known(failure) : null;
                if (answer != null) {
                    return answer;
                }
            }
            // a commit lost further down (the audit event's own transaction, wrapped by the audit
            // interceptor): the write may be stored, so never "nothing was saved"
            TransactionalException lost = lostCommitAmong(e);
            if (lost != null) {
                return new TransactionFailed().toResponse(lost);
            }
            if (databaseUnavailable(e)) {
                LOG.warning("A REST call found the database unavailable: answered 503 ("
                        + e.getClass().getName() + ")");
                return Response.fromResponse(
                                Problems.of(
                                        Response.Status.SERVICE_UNAVAILABLE,
                                        "The service is unavailable for a moment. Nothing was saved; please try again shortly."))
                        .header("Retry-After", "30")
                        .build();
            }
            LOG.log(
                    Level.SEVERE,
                    "unexpected failure in a REST call: " + e.getClass().getName(),
                    e);
            return Problems.of(
                    Response.Status.INTERNAL_SERVER_ERROR, "Something went wrong on our side. Please try again.");
        }
    }

    /** A transaction among the causes that lost its commit ({@link #commitLost}), or null. */
    static TransactionalException lostCommitAmong(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransactionalException tx && commitLost(tx)) {
                return tx;
            }
        }
        return null;
    }

    /** A transaction given up at commit, or for want of the database: whether it was stored is not known. */
    static boolean commitLost(TransactionalException e) {
        return databaseUnavailable(e) || String.valueOf(e.getMessage()).contains("during commit");
    }

    /**
     * True when the failure is the database being away, stopped or too slow, not a fault of the
     * request: a connection error (SQLSTATE class 08), the server shutting down or refusing
     * connections (57P01–57P03, 53300), a statement cancelled by its timeout (57014), a socket
     * that timed out or was refused, or the pool giving up waiting for a connection.
     */
    static boolean databaseUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08")
                        || state.equals("57014")
                        || state.startsWith("57P")
                        || state.equals("53300")) {
                    return true;
                }
            }
            if (t instanceof SocketTimeoutException || t instanceof ConnectException) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.endsWith("PoolingException") || name.endsWith("ResourceException")) {
                return true;
            }
        }
        return false;
    }
}
