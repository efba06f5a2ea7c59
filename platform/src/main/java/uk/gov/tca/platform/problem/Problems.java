package uk.gov.tca.platform.problem;

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

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, List.of());
    }

    public static Problem badRequest(String type, String detail, List<Problem.Violation> violations) {
        return new Problem(type, "Request is not valid", 400, detail, null, violations);
    }
}
