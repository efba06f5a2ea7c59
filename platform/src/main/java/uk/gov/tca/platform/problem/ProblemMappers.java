package uk.gov.tca.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into RFC 9457 problem+json. Nothing a client sends may produce a stack trace or
 * a 5xx: unexpected failures are logged with an id and answered with that id only.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return Problems.response(e.problem(), path(uri), e.headers());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            violations.add(new Problem.Violation(ValidationPaths.fieldOf(v), v.getMessage()));
        }
        violations.sort(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message));
        return Problems.response(ProblemException.invalid(violations).problem(), path(uri));
    }

    // Quarkus ships mappers for the specific Jackson exceptions; the most specific type wins, so each is named.
    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonParse(com.fasterxml.jackson.core.JsonParseException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        String type = "urn:tca:problem:malformed-json";
        String field = "";
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            type = "urn:tca:problem:unknown-field";
            field = pathOf(u);
            message = "is not a known field";
        } else if (e instanceof InvalidFormatException f) {
            type = "urn:tca:problem:validation";
            field = pathOf(f);
            message = "must be " + describe(f.getTargetType()) + ", not " + quote(f.getValue());
        } else if (e instanceof MismatchedInputException m) {
            type = "urn:tca:problem:validation";
            field = pathOf(m);
            message = m.getTargetType() == null ? "has the wrong shape" : "must be " + describe(m.getTargetType());
        } else if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            type = "urn:tca:problem:validation";
            field = pathOf(m);
            message = "is not valid: " + rootMessage(m);
        } else {
            message = "is not well-formed JSON" + location(e);
        }
        String detail = field.isEmpty() ? "The request body " + message : "Field '" + field + "' " + message;
        return Problems.response(Problems.badRequest(type, detail, List.of(new Problem.Violation(
                field.isEmpty() ? "body" : field, message))), path(uri));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.response(ProblemException.forbidden("Your role does not allow this operation").problem(), path(uri));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.StatusType statusInfo = original.getStatusInfo();
        String detail = switch (status) {
            case 404 -> "No resource at this address";
            case 405 -> "This method is not allowed here";
            case 406 -> "This resource answers in application/json only";
            case 415 -> "Send the body as application/json";
            default -> statusInfo.getReasonPhrase();
        };
        Response.ResponseBuilder builder = Response.fromResponse(Problems.response(
                Problems.of(status, statusInfo.getReasonPhrase(), detail), path(uri)));
        if (original.getHeaderString("Allow") != null) {
            builder.header("Allow", original.getHeaderString("Allow"));
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        Response concurrent = concurrentChange(e, uri);
        if (concurrent != null) {
            return concurrent;
        }
        if (databaseUnavailable(e)) {
            return outage("The database", e, uri);
        }
        if (neighbourUnreachable(e)) {
            return outage("A service this one relies on", e, uri);
        }
        if (numberOutOfRange(e)) {
            // a request's number past what its column holds: the bound belongs on the input, and is logged to be added
            LOG.warnf("A number too large for its column reached the database on %s: %s", path(uri), rootMessage(e));
            return Problems.response(Problems.of(400, "Request is not valid",
                    "A number in the request is larger than this service can store"), path(uri));
        }
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s", id, path(uri));
        return Problems.response(Problems.of(500, "Internal error",
                "Something went wrong on our side; quote " + id + " when you report it"), path(uri));
    }

    /** 503 with Retry-After for something we depend on that is away: logged as a warning, not as our failure. */
    private static Response outage(String what, Throwable e, UriInfo uri) {
        LOG.warnf("%s could not be reached on %s: %s", what, path(uri), e.toString());
        ProblemException outage = ProblemException.unavailable(what + " cannot be reached just now. Try again "
                + "shortly: a write retried under its Idempotency-Key or If-Match is never applied twice", 5);
        return Problems.response(outage.problem(), path(uri), outage.headers());
    }

    /**
     * Two requests racing for the same row: the loser's transaction is rolled back by the database (a
     * unique key) or by Hibernate's version check. That is the client's conflict to retry, not our 500.
     */
    private static Response concurrentChange(Throwable e, UriInfo uri) {
        for (Throwable cause : causes(e)) {
            String type = cause.getClass().getName();
            if (type.equals("jakarta.persistence.OptimisticLockException")
                    || type.equals("org.hibernate.StaleObjectStateException")
                    || type.equals("org.hibernate.StaleStateException")) {
                return Problems.response(new Problem("urn:tca:problem:stale-version", "Version is stale", 412,
                        "Someone else changed this at the same moment: read it again and reapply your change",
                        null, List.of()), path(uri));
            }
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return Problems.response(new Problem("urn:tca:problem:conflict", "Conflict", 409,
                        "This conflicts with data already recorded (perhaps by a request sent at the same moment)",
                        null, List.of()), path(uri));
            }
        }
        return null;
    }

    /** PostgreSQL's numeric_value_out_of_range (22003): the statement and its transaction were rolled back. */
    static boolean numberOutOfRange(Throwable e) {
        return causes(e).stream().anyMatch(c -> c instanceof java.sql.SQLException sql && "22003".equals(sql.getSQLState()));
    }

    /**
     * The database restarting or out of reach (a connection refused or cut, no connection free in time): an
     * outage to wait out, answered 503 with Retry-After, not a 500. The transaction was rolled back.
     */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable cause : causes(e)) {
            if (cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                        || state.equals("57P03") || state.equals("53300"))) {
                    return true;
                }
                if (sql.getMessage() != null && sql.getMessage().startsWith("Acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Another service of ours that could not be asked: its connection refused, reset or timed out, or the fault
     * tolerance around the call gave up (timeout, open circuit, full bulkhead). An outage to wait out (503), as
     * when it answers 503 itself. A neighbour that answered something unreadable is not this: that is our defect.
     */
    static boolean neighbourUnreachable(Throwable e) {
        boolean clientCall = false;
        for (Throwable cause : causes(e)) {
            String type = cause.getClass().getName();
            if (type.startsWith("org.eclipse.microprofile.faulttolerance.exceptions.")
                    && !type.endsWith("FaultToleranceDefinitionException")) {
                return true;
            }
            clientCall |= type.equals("jakarta.ws.rs.ProcessingException");
            if (clientCall && (cause instanceof java.net.SocketException || cause instanceof java.net.SocketTimeoutException
                    || cause instanceof java.net.UnknownHostException || cause instanceof java.nio.channels.ClosedChannelException
                    || type.equals("io.vertx.core.http.HttpClosedException") || type.endsWith("TimeoutException"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The exception, its causes and what was suppressed on the way, outermost first. The suppressed ones matter:
     * when a commit fails because the database went away, the transaction manager throws a RollbackException
     * of its own and attaches the resource's failure (an XAException caused by the SQLException) as suppressed.
     */
    static List<Throwable> causes(Throwable e) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Throwable> chain = new ArrayList<>();
        java.util.Deque<Throwable> toVisit = new java.util.ArrayDeque<>(List.of(e));
        while (!toVisit.isEmpty() && chain.size() < 64) {
            Throwable next = toVisit.poll();
            if (seen.add(next)) {
                chain.add(next);
                if (next.getCause() != null) {
                    toVisit.add(next.getCause());
                }
                toVisit.addAll(List.of(next.getSuppressed()));
            }
        }
        return chain;
    }

    private static Response unauthenticated(UriInfo uri) {
        return Problems.response(new Problem("urn:tca:problem:unauthenticated", "Unauthenticated", 401,
                "Send a valid bearer token from the tca realm", null, List.of()), path(uri),
                Map.of("WWW-Authenticate", "Bearer realm=\"tca\""));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            List<String> names = new ArrayList<>();
            for (Object c : constants) {
                names.add(((Enum<?>) c).name());
            }
            return "one of " + String.join(", ", names);
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "a date (YYYY-MM-DD)";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String quote(Object value) {
        String text = String.valueOf(value);
        return "'" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "'";
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline) : message;
    }
}
