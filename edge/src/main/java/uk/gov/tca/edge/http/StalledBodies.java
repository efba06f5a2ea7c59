package uk.gov.tca.edge.http;

import uk.gov.tca.edge.problem.ProblemType;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A request body that stops arriving is given up: nothing for {@link EdgeHttpConfig#bodyIdleTimeout()} (or not
 * finished within {@link EdgeHttpConfig#bodyTimeout()}) is answered 408 with a problem document and the connection
 * closed, freeing what it held. Without this, a client that declares 1 000 bytes and sends 9 holds the request
 * (and, at the gateway, a connection to a service) until the connection's idle timeout, half an hour.
 */
@ApplicationScoped
public class StalledBodies {

    /** First of all: the watch starts as soon as the headers are in. */
    static final int ORDER = Integer.MIN_VALUE + 10;
    private static final long TICK_MILLIS = 500;

    private final EdgeHttpConfig config;
    private final Vertx vertx;

    public StalledBodies(EdgeHttpConfig config, Vertx vertx) {
        this.config = config;
        this.vertx = vertx;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::watch);
    }

    private void watch(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (!request.isEnded() && hasBody(request)) {
            new Watch(rc).start();
        }
        rc.next();
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return length != null && !length.strip().equals("0")
                || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    /** One request's body, looked at twice a second until it has all arrived or the answer has gone. */
    private final class Watch {
        private final RoutingContext rc;
        private final long started = System.nanoTime();
        private long lastBytes = -1;
        private long lastProgress = System.nanoTime();
        private long timer;

        Watch(RoutingContext rc) {
            this.rc = rc;
        }

        void start() {
            timer = vertx.setPeriodic(TICK_MILLIS, id -> tick());
            rc.addEndHandler(done -> vertx.cancelTimer(timer)); // called when the answer ends or the connection closes
        }

        private void tick() {
            HttpServerRequest request = rc.request();
            if (request.isEnded() || rc.response().ended() || rc.response().closed()) {
                vertx.cancelTimer(timer);
                return;
            }
            long now = System.nanoTime();
            long bytes = request.bytesRead();
            if (bytes != lastBytes) {
                lastBytes = bytes;
                lastProgress = now;
            }
            boolean idle = now - lastProgress > config.bodyIdleTimeout().toNanos();
            boolean tooSlow = now - started > config.bodyTimeout().toNanos();
            if (idle || tooSlow) {
                vertx.cancelTimer(timer);
                HttpProblems.refuseAndClose(rc.response(), ProblemType.REQUEST_TIMEOUT,
                        (idle ? "Nothing of the request's body arrived for " + config.bodyIdleTimeout().toSeconds() + " s"
                                : "The request's body did not arrive within " + config.bodyTimeout().toSeconds() + " s")
                                + " (" + bytes + " bytes came): send it again whole", request.path());
            }
        }
    }
}
