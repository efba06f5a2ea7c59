package uk.gov.tca.gateway.edge;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import uk.gov.tca.gateway.routing.ApiPaths;

/**
 * What every answer under {@code /api} carries, whoever wrote it — a service through the proxy, or the gateway
 * itself (401, 404, 413, 429, 503, 504): the request id, and the caller's rate-limit budget ({@code RateLimit},
 * {@code RateLimit-Policy}; {@code Retry-After} as well when the request was refused for it). The request id is
 * settled here, first of all, so the services, the logs and the answer all name the same one. An answer given before
 * the rate limit applied (no valid token, an unknown resource) tells the budget without spending any of it.
 */
@ApplicationScoped
public class EdgeHeaders {

    public static final String RATE_LIMIT = "RateLimit";
    public static final String RATE_LIMIT_POLICY = "RateLimit-Policy";
    private static final String BUDGET = EdgeHeaders.class.getName() + ".budget";

    private final RateLimiter rateLimiter;

    public EdgeHeaders(RateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
    }

    void register(@Observes Router router) {
        router.route(ApiPaths.PREFIX + "/*").order(Integer.MIN_VALUE).handler(this::onRequest);
        router.route(ApiPaths.PREFIX).order(Integer.MIN_VALUE).handler(this::onRequest);
    }

    /** The budget the request was let in (or refused) on, for the answer's rate-limit fields. */
    public static void spent(RoutingContext rc, RateLimiter.Budget budget) {
        rc.put(BUDGET, budget);
    }

    private void onRequest(RoutingContext rc) {
        String requestId = RequestIds.accept(rc.request().getHeader(RequestIds.HEADER));
        rc.request().headers().set(RequestIds.HEADER, requestId);
        rc.addHeadersEndHandler(done -> {
            MultiMap headers = rc.response().headers();
            headers.set(RequestIds.HEADER, requestId);
            RateLimiter.Budget budget = rc.get(BUDGET);
            if (budget == null) {
                budget = rateLimiter.peek(Callers.of(rc));
            }
            headers.set(RATE_LIMIT_POLICY, rateLimiter.policy());
            headers.set(RATE_LIMIT, RateLimiter.field(budget));
            if (budget.refused()) {
                headers.set(HttpHeaders.RETRY_AFTER, Long.toString(budget.retryAfterSeconds()));
            }
        });
        rc.next();
    }
}
