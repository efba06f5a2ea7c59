package uk.gov.tca.gateway.edge;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/** Answers a request at the gateway with a problem, carrying the request id the services would have logged. */
public final class EdgeResponses {

    private EdgeResponses() {
    }

    public static void send(RoutingContext rc, EdgeProblem problem, String requestId) {
        if (rc.response().ended()) {
            return;
        }
        rc.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, EdgeProblem.MEDIA_TYPE)
                .putHeader(RequestIds.HEADER, requestId)
                .end(problem.withRequestId(requestId).toBuffer());
    }
}
