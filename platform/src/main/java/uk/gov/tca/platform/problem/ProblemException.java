package uk.gov.tca.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * Thrown by services to answer with a specific problem. Carries the response headers a problem
 * sometimes needs (an ETag beside a 412, Retry-After beside a 503).
 */
public class ProblemException extends RuntimeException {

    private final Problem problem;
    private final Map<String, String> headers;

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    public ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.title() + (problem.detail() == null ? "" : ": " + problem.detail()), null, false, false);
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    public Problem problem() {
        return problem;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(new Problem("urn:tca:problem:not-found", "Not found", 404,
                what + " was not found", null, List.of()));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(new Problem("urn:tca:problem:forbidden", "Forbidden", 403, detail, null, List.of()));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(new Problem("urn:tca:problem:conflict", "Conflict", 409, detail, null, List.of()));
    }

    public static ProblemException invalid(List<Problem.Violation> violations) {
        return new ProblemException(new Problem("urn:tca:problem:validation", "Request is not valid", 400,
                violations.size() == 1 ? "1 field is not valid" : violations.size() + " fields are not valid",
                null, List.copyOf(violations)));
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.Violation(field, message)));
    }

    public static ProblemException preconditionRequired() {
        return new ProblemException(new Problem("urn:tca:problem:precondition-required", "If-Match required", 428,
                "Send the ETag you last read in If-Match, so that no one else's change is overwritten",
                null, List.of()));
    }

    /** 503: a service this one needs cannot answer now; the client may try again after the given seconds. */
    public static ProblemException unavailable(String detail, int retryAfterSeconds) {
        return new ProblemException(Problems.of(503, "Service Unavailable", detail),
                Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
    }

    public static ProblemException stale(String currentEtag) {
        return new ProblemException(new Problem("urn:tca:problem:stale-version", "Version is stale", 412,
                "The resource changed since you read it: read it again and reapply your change",
                null, List.of()), Map.of("ETag", currentEtag));
    }
}
