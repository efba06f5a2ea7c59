package uk.gov.tca.gateway.edge;

import uk.gov.tca.edge.problem.ProblemType;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;

/**
 * An RFC 9457 problem the gateway answers itself, before or instead of a service: the same shape and the same
 * catalogue of types ({@link ProblemType}) the services use, so a client handles one kind of error body.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EdgeProblem(String type, String title, int status, String detail, String instance, String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static EdgeProblem notFound(String path) {
        return of(ProblemType.NOT_FOUND, "No service answers " + path + ": the API's resources are listed at /q/openapi",
                path);
    }

    public static EdgeProblem badPath(String path) {
        return of(ProblemType.VALIDATION,
                "The path must be in canonical form: no '.' or '..' segments, no doubled slashes", path);
    }

    public static EdgeProblem unauthenticated(String path) {
        return of(ProblemType.UNAUTHENTICATED, "A valid bearer token from the realm tca is needed", path);
    }

    public static EdgeProblem forbidden(String path) {
        return of(ProblemType.FORBIDDEN, "The token does not allow this request", path);
    }

    public static EdgeProblem tooLarge(String path, long limit) {
        return of(ProblemType.TOO_LARGE, "A request body may be at most " + limit + " bytes", path);
    }

    public static EdgeProblem tooManyRequests(String path, long retryAfterSeconds) {
        return of(ProblemType.RATE_LIMITED,
                "This client has made too many requests; try again in " + retryAfterSeconds + " s", path);
    }

    public static EdgeProblem busy(String path) {
        return of(ProblemType.SERVICE_UNAVAILABLE,
                "The gateway is holding as many request bodies as it can; send this one again shortly", path);
    }

    public static EdgeProblem unavailable(String service, String path) {
        return of(ProblemType.SERVICE_UNAVAILABLE,
                "The " + service + " cannot be reached; nothing was changed by this request at the gateway", path);
    }

    public static EdgeProblem timedOut(String service, String path) {
        return of(ProblemType.GATEWAY_TIMEOUT,
                "The " + service + " did not answer in time; the request may or may not have taken effect:"
                        + " repeat it with the same Idempotency-Key or read before retrying", path);
    }

    /** A problem of a catalogued type: the gateway's and the services' answers share one catalogue. */
    public static EdgeProblem of(ProblemType type, String detail, String path) {
        return new EdgeProblem(type.uri(), type.title(), type.status(), detail, path, null);
    }

    public EdgeProblem withRequestId(String id) {
        return new EdgeProblem(type, title, status, detail, instance, id);
    }

    public Buffer toBuffer() {
        try {
            return Buffer.buffer(JSON.writeValueAsBytes(this));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
