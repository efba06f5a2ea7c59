package uk.gov.tca.edge.http;

import uk.gov.tca.edge.problem.ProblemType;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/**
 * RFC 9457 problem documents written straight onto a connection, for refusals made before any resource (or
 * JAX-RS and its exception mappers) is reached.
 */
public final class HttpProblems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private HttpProblems() {
    }

    public static String body(String type, String title, int status, String detail, String instance) {
        JsonObject problem = new JsonObject().put("type", type).put("title", title).put("status", status)
                .put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        return problem.encode();
    }

    /**
     * Answers and closes: the request is refused before its body was read, so the connection cannot carry another.
     */
    public static void refuseAndClose(HttpServerResponse response, ProblemType type, String detail, String instance) {
        refuseAndClose(response, type.uri(), type.title(), type.status(), detail, instance);
    }

    /** As above for a status the catalogue has no kind for: {@code about:blank}, titled with the status's reason. */
    public static void refuseAndClose(HttpServerResponse response, int status, String reason, String instance) {
        refuseAndClose(response, "about:blank", reason, status, reason, instance);
    }

    private static void refuseAndClose(HttpServerResponse response, String type, String title, int status, String detail,
            String instance) {
        if (response.ended() || response.closed()) {
            return;
        }
        if (response.headWritten()) {
            response.close();
            return;
        }
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body(type, title, status, detail, instance))
                .onComplete(done -> response.close());
    }
}
