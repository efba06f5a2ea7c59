package uk.gov.tca.gateway.edge;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;

/**
 * An RFC 9457 problem the gateway answers itself, before or instead of a service: the same shape and
 * {@code urn:tca:problem:*} types the services use, so a client handles one kind of error body.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EdgeProblem(String type, String title, int status, String detail, String instance, String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static EdgeProblem notFound(String path) {
        return new EdgeProblem("urn:tca:problem:not-found", "Not found", 404,
                "No service answers " + path + ": the API's resources are listed at /q/openapi", path, null);
    }

    public static EdgeProblem badPath(String path) {
        return new EdgeProblem("urn:tca:problem:validation", "Request is not valid", 400,
                "The path must be in canonical form: no '.' or '..' segments, no doubled slashes", path, null);
    }

    public static EdgeProblem unauthorized(String path) {
        return new EdgeProblem("urn:tca:problem:unauthorized", "Unauthorized", 401,
                "A valid bearer token from the realm tca is needed", path, null);
    }

    public static EdgeProblem forbidden(String path) {
        return new EdgeProblem("urn:tca:problem:forbidden", "Forbidden", 403,
                "The token does not allow this request", path, null);
    }

    public static EdgeProblem tooLarge(String path, long limit) {
        return new EdgeProblem("urn:tca:problem:payload-too-large", "Payload too large", 413,
                "A request body may be at most " + limit + " bytes", path, null);
    }

    public static EdgeProblem tooManyRequests(String path, long retryAfterSeconds) {
        return new EdgeProblem("urn:tca:problem:rate-limited", "Too many requests", 429,
                "This client has made too many requests; try again in " + retryAfterSeconds + " s", path, null);
    }

    public static EdgeProblem busy(String path) {
        return new EdgeProblem("urn:tca:problem:service-unavailable", "Service unavailable", 503,
                "The gateway is holding as many request bodies as it can; send this one again shortly", path, null);
    }

    public static EdgeProblem unavailable(String service, String path) {
        return new EdgeProblem("urn:tca:problem:service-unavailable", "Service unavailable", 503,
                "The " + service + " cannot be reached; nothing was changed by this request at the gateway", path, null);
    }

    public static EdgeProblem timedOut(String service, String path) {
        return new EdgeProblem("urn:tca:problem:gateway-timeout", "Gateway timeout", 504,
                "The " + service + " did not answer in time; the request may or may not have taken effect:"
                        + " repeat it with the same Idempotency-Key or read before retrying", path, null);
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
