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
import uk.gov.tca.edge.problem.ProblemType;

/**
 * Turns every failure into RFC 9457 problem+json of a catalogued type ({@link ProblemType}): what Jackson could not
 * read is {@link JsonProblems}' to word, what kind of failure the rest is {@link Failures}' to say. Nothing a client
 * sends may produce a stack trace or a 5xx: unexpected failures are logged with an id and answered with that id only.
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
        return Problems.response(JsonProblems.of(e), path(uri));
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
        String detail = switch (status) {
            case 404 -> "No resource at this address";
            case 405 -> "This method is not allowed here";
            case 406 -> "This resource answers in application/json only";
            case 415 -> "Send the body as application/json";
            default -> original.getStatusInfo().getReasonPhrase();
        };
        Response.ResponseBuilder builder = Response.fromResponse(Problems.response(
                ProblemType.ofStatus(status).map(type -> Problems.of(type, detail))
                        .orElseGet(() -> Problems.uncatalogued(status, original.getStatusInfo().getReasonPhrase(), detail)),
                path(uri)));
        if (original.getHeaderString("Allow") != null) {
            builder.header("Allow", original.getHeaderString("Allow"));
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        return switch (Failures.classify(e)) {
            case CHANGED_MEANWHILE -> Problems.response(Problems.of(ProblemType.STALE_VERSION,
                    "Someone else changed this at the same moment: read it again and reapply your change"), path(uri));
            case DUPLICATE -> Problems.response(Problems.of(ProblemType.CONFLICT,
                    "This conflicts with data already recorded (perhaps by a request sent at the same moment)"), path(uri));
            case DATABASE_UNAVAILABLE -> outage("The database", e, uri);
            case NEIGHBOUR_UNREACHABLE -> outage("A service this one relies on", e, uri);
            case NUMBER_OUT_OF_RANGE -> {
                // a request's number past what its column holds: the bound belongs on the input, and is logged to be added
                LOG.warnf("A number too large for its column reached the database on %s: %s", path(uri),
                        Failures.rootMessage(e));
                yield Problems.response(Problems.of(ProblemType.VALIDATION,
                        "A number in the request is larger than this service can store"), path(uri));
            }
            case UNEXPECTED -> {
                String id = UUID.randomUUID().toString();
                LOG.errorf(e, "Unexpected failure %s on %s", id, path(uri));
                yield Problems.response(Problems.of(ProblemType.SERVER_ERROR,
                        "Something went wrong on our side; quote " + id + " when you report it"), path(uri));
            }
        };
    }

    /** 503 with Retry-After for something we depend on that is away: logged as a warning, not as our failure. */
    private static Response outage(String what, Throwable e, UriInfo uri) {
        LOG.warnf("%s could not be reached on %s: %s", what, path(uri), e.toString());
        ProblemException outage = ProblemException.unavailable(what + " cannot be reached just now. Try again "
                + "shortly: a write retried under its Idempotency-Key or If-Match is never applied twice", 5);
        return Problems.response(outage.problem(), path(uri), outage.headers());
    }

    private static Response unauthenticated(UriInfo uri) {
        return Problems.response(Problems.of(ProblemType.UNAUTHENTICATED, "Send a valid bearer token from the tca realm"),
                path(uri), Map.of("WWW-Authenticate", "Bearer realm=\"tca\""));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
