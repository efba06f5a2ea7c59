package uk.gov.tca.edge.http;

import uk.gov.tca.edge.problem.ProblemType;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A request the HTTP layer fails with a status and nothing else — a chunked body past
 * {@code quarkus.http.limits.max-body-size} is failed 413 by the body reader — is answered with a problem document,
 * like every other error; without this it left with an empty body. A failure that carries an exception is not
 * this handler's: it goes on to the service's own mappers.
 */
@ApplicationScoped
public class StatusOnlyFailures {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
    }

    private void answer(RoutingContext rc) {
        int status = rc.statusCode();
        if (rc.failure() != null || status < 400 || status >= 500 || rc.response().ended()) {
            rc.next();
            return;
        }
        if (status == 413) {
            // the same answer as for a body whose declared length is too large (platform BodyLimit)
            HttpProblems.refuseAndClose(rc.response(), ProblemType.TOO_LARGE,
                    "The request's body is larger than this service takes", rc.request().path());
            return;
        }
        String reason = HttpResponseStatus.valueOf(status).reasonPhrase();
        ProblemType.ofStatus(status).ifPresentOrElse(
                type -> HttpProblems.refuseAndClose(rc.response(), type, reason, rc.request().path()),
                () -> HttpProblems.refuseAndClose(rc.response(), status, reason, rc.request().path()));
    }
}
