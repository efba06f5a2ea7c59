package uk.gov.tca.edge.http;

import io.quarkus.micrometer.runtime.binder.vertx.HttpRequestMetric;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * What a request is labelled with in the HTTP metrics: its route's template ({@code /bids/{id}}), never its concrete
 * path. A resource's template is set when it matches; a request answered before anything matched (a refused body,
 * a path nothing serves, a probe of {@code /api/bids/%2e%2e/...}) is labelled {@value #UNMATCHED}, so that no id
 * reaches a label and the labels stay few whatever is asked.
 */
@ApplicationScoped
public class RouteLabels {

    public static final String UNMATCHED = "/{unmatched}";
    /** Where Quarkus REST puts a matched resource's template, read first by the metrics. */
    private static final String TEMPLATE_KEY = "UrlPathTemplate";

    void install(@Observes Router router) {
        router.route().order(OversizedRequests.ORDER - 1).handler(rc -> {
            HttpRequestMetric metric = HttpRequestMetric.getRequestMetric(rc);
            if (metric != null) {
                metric.setTemplatePath(UNMATCHED); // the fallback: a matched resource's template comes first
            }
            rc.next();
        });
    }

    /** Labels the request with a template of the caller's (the gateway's routes to the services). */
    public static void label(RoutingContext rc, String template) {
        if (rc.request() instanceof HttpServerRequestInternal request) {
            request.context().putLocal(TEMPLATE_KEY, template);
        }
    }
}
