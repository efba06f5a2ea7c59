package uk.gov.tca.gateway.edge;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import uk.gov.tca.gateway.routing.ApiPaths;

/**
 * A request to the API without a valid bearer token stops at the edge with a problem+json 401 (and the
 * {@code WWW-Authenticate} challenge), never reaching a service; the web client's own paths are left to the
 * login redirect of the code flow.
 */
@ApplicationScoped
public class EdgeAuthentication {

    void register(@Observes Router router) {
        router.route(ApiPaths.PREFIX + "/*").order(Integer.MIN_VALUE).failureHandler(this::onFailure);
    }

    private void onFailure(RoutingContext rc) {
        Throwable failure = rc.failure();
        String requestId = RequestIds.accept(rc.request().getHeader(RequestIds.HEADER));
        String path = rc.request().path();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            rc.response().putHeader("WWW-Authenticate", "Bearer realm=\"tca\"");
            EdgeResponses.send(rc, EdgeProblem.unauthenticated(path), requestId);
        } else if (failure instanceof ForbiddenException) {
            EdgeResponses.send(rc, EdgeProblem.forbidden(path), requestId);
        } else {
            rc.next();
        }
    }
}
