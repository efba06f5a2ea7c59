package uk.gov.tca.edge.http;

import uk.gov.tca.edge.problem.ProblemType;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * A request line or headers longer than this stack answers are refused with a problem document (414, 431). The
 * HTTP codec's own limits are set higher, so it is this that refuses them, in the same form as every other error;
 * only what is past the codec's limits (tens of kilobytes), and header lines it cannot parse at all, are still
 * refused by Vert.x itself, with no body: Quarkus 3.30 gives no hook for that answer (quarkusio/quarkus#55082).
 */
@ApplicationScoped
public class OversizedRequests {

    static final int ORDER = StalledBodies.ORDER - 1;

    private final EdgeHttpConfig config;

    public OversizedRequests(EdgeHttpConfig config) {
        this.config = config;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        int line = request.method().name().length() + request.uri().length() + 10;
        if (line > config.maxRequestLine()) {
            HttpProblems.refuseAndClose(rc.response(), ProblemType.URI_TOO_LONG,
                    "The request line is " + line + " bytes; the most answered is " + config.maxRequestLine()
                            + ": send long queries' criteria in fewer words", null);
            return;
        }
        int headers = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headers += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headers > config.maxHeaderBytes()) {
            HttpProblems.refuseAndClose(rc.response(), ProblemType.HEADERS_TOO_LARGE,
                    "The request's headers are " + headers + " bytes; the most answered is " + config.maxHeaderBytes(),
                    request.path());
            return;
        }
        rc.next();
    }
}
