package uk.gov.tca.platform.problem;

import uk.gov.tca.edge.problem.ProblemType;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Builds problem+json responses. */
public final class Problems {

    private Problems() {
    }

    public static Response response(Problem problem, String path, Map<String, String> headers) {
        Response.ResponseBuilder builder = Response.status(problem.status())
                .type(MediaType.valueOf(Problem.MEDIA_TYPE))
                .entity(problem.withInstance(path));
        headers.forEach(builder::header);
        return builder.build();
    }

    public static Response response(Problem problem, String path) {
        return response(problem, path, Map.of());
    }

    /** A problem of a catalogued type, saying what happened this time. */
    public static Problem of(ProblemType type, String detail) {
        return of(type, detail, List.of());
    }

    /** A status the catalogue has no kind for: {@code about:blank}, titled with the status's reason (RFC 9457). */
    public static Problem uncatalogued(int status, String reason, String detail) {
        return new Problem("about:blank", reason, status, detail, null, List.of());
    }

    public static Problem of(ProblemType type, String detail, List<Problem.Violation> violations) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, List.copyOf(violations));
    }
}
