package uk.gov.tca.platform.problem;

import uk.gov.tca.edge.problem.ProblemType;

import java.util.List;
import java.util.Map;
import uk.gov.tca.platform.rules.RuleViolation;

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
        return new ProblemException(Problems.of(ProblemType.NOT_FOUND, what + " was not found"));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problems.of(ProblemType.FORBIDDEN, detail));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problems.of(ProblemType.CONFLICT, detail));
    }

    /** A problem of a catalogued type, its detail saying what happened, with the fields it is about. */
    public static ProblemException of(ProblemType type, String detail, List<Problem.Violation> violations) {
        return new ProblemException(Problems.of(type, detail, violations));
    }

    public static ProblemException invalid(List<Problem.Violation> violations) {
        return of(ProblemType.VALIDATION,
                violations.size() == 1 ? "1 field is not valid" : violations.size() + " fields are not valid", violations);
    }

    /** 400 with each rule's reason as the violation of its field. */
    public static ProblemException invalidBy(List<RuleViolation> reasons) {
        return invalid(reasons.stream().map(r -> new Problem.Violation(r.field(), r.reason())).toList());
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.Violation(field, message)));
    }

    public static ProblemException preconditionRequired() {
        return new ProblemException(Problems.of(ProblemType.PRECONDITION_REQUIRED,
                "Send the ETag you last read in If-Match, so that no one else's change is overwritten"));
    }

    /** 503: a service this one needs cannot answer now; the client may try again after the given seconds. */
    public static ProblemException unavailable(String detail, int retryAfterSeconds) {
        return new ProblemException(Problems.of(ProblemType.SERVICE_UNAVAILABLE, detail),
                Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
    }

    public static ProblemException stale(String currentEtag) {
        return new ProblemException(Problems.of(ProblemType.STALE_VERSION,
                "The resource changed since you read it: read it again and reapply your change"),
                Map.of("ETag", currentEtag));
    }
}
