package uk.gov.tca.gateway.routing;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.tracing.TracingPolicy;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import uk.gov.tca.edge.http.RouteLabels;
import uk.gov.tca.gateway.GatewayConfig;
import uk.gov.tca.gateway.edge.Callers;
import uk.gov.tca.gateway.edge.EdgeHeaders;
import uk.gov.tca.gateway.edge.EdgeProblem;
import uk.gov.tca.gateway.edge.EdgeResponses;
import uk.gov.tca.gateway.edge.RateLimiter;
import uk.gov.tca.gateway.edge.RequestIds;

/**
 * The public API: every request under {@code /api} goes to the service that owns its first path segment, on
 * Quarkus' own event loops. Authentication has already happened (the edge checks the bearer token; each service
 * checks it again); here the rate limit and the size limit are applied, and the forwarding, request-id and trace
 * headers are set by {@link Forwarding}. A request body is read whole (it is at most {@code gateway.max-body-bytes})
 * before a connection to the service is taken, so a client that sends its body slowly, or stops, holds only its
 * own connection to the gateway, never one of the few to a service (the edge module answers it 408). Answers stream
 * back as they come. Each request is measured under its route's template, never its concrete path.
 */
@ApplicationScoped
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);
    /** After Quarkus' authentication and authorization handlers, before anything else. */
    private static final int ORDER = 10_000;

    private final GatewayConfig config;
    private final RouteTable table;
    private final RouteTemplates templates;
    private final RateLimiter rateLimiter;
    private final Map<String, HttpProxy> proxies = new HashMap<>();
    private final BufferedBodies bodies;

    public ApiProxy(GatewayConfig config, RouteTable table, RouteTemplates templates, RateLimiter rateLimiter) {
        this.config = config;
        this.table = table;
        this.templates = templates;
        this.rateLimiter = rateLimiter;
        this.bodies = new BufferedBodies(config.maxBufferedBytes());
    }

    void register(@Observes Router router, Vertx vertx) {
        config.routes().forEach((service, route) -> {
            HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                            .setConnectTimeout((int) route.connectTimeout().toMillis())
                            .setKeepAlive(true)
                            .setDecompressionSupported(false)
                            // the trace context is passed on by Forwarding, whatever the tracing setup
                            .setTracingPolicy(TracingPolicy.IGNORE),
                    new PoolOptions().setHttp1MaxSize(route.maxConnections()).setMaxWaitQueueSize(route.maxWaiting()));
            SocketAddress origin = SocketAddress.inetSocketAddress(port(route), route.url().getHost());
            long timeout = route.timeout().toMillis();
            proxies.put(service, HttpProxy.reverseProxy(client)
                    .origin(context -> context.client().request(new RequestOptions().setServer(origin).setIdleTimeout(timeout))
                            .onSuccess(upstream -> abandonWithCaller(context.request().proxiedRequest(), upstream)))
                    .addInterceptor(new Forwarding(service)));
            LOG.infof("/api/{%s} → %s (timeout %s)", String.join(",", route.segments()), route.url(), route.timeout());
        });
        router.route(ApiPaths.PREFIX + "/*").order(ORDER).handler(this::proxy);
        router.route(ApiPaths.PREFIX).order(ORDER).handler(this::proxy);
    }

    private void proxy(RoutingContext rc) {
        String requestId = RequestIds.accept(rc.request().getHeader(RequestIds.HEADER));
        rc.request().headers().set(RequestIds.HEADER, requestId);
        String path = rc.request().path();
        RouteLabels.label(rc, templates.of(path));
        if (!ApiPaths.isCanonical(path)) {
            EdgeResponses.send(rc, EdgeProblem.badPath(path), requestId);
            return;
        }
        if (!(rc.user() instanceof QuarkusHttpUser user) || user.getSecurityIdentity().isAnonymous()) {
            rc.response().putHeader("WWW-Authenticate", "Bearer realm=\"tca\"");
            EdgeResponses.send(rc, EdgeProblem.unauthenticated(path), requestId);
            return;
        }
        Optional<String> service = table.serviceFor(path);
        if (service.isEmpty()) {
            EdgeResponses.send(rc, EdgeProblem.notFound(path), requestId);
            return;
        }
        RateLimiter.Budget budget = rateLimiter.acquire(Callers.of(rc));
        EdgeHeaders.spent(rc, budget);
        if (budget.refused()) {
            rc.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(budget.retryAfterSeconds()));
            EdgeResponses.send(rc, EdgeProblem.tooManyRequests(path, budget.retryAfterSeconds()), requestId);
            return;
        }
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLarge(length)) {
            rc.response().putHeader(HttpHeaders.CONNECTION, "close");
            EdgeResponses.send(rc, EdgeProblem.tooLarge(path, config.maxBodyBytes()), requestId);
            return;
        }
        HttpProxy proxy = proxies.get(service.get());
        HttpServerRequest request = rc.request();
        if (request.isEnded() && request.version() == HttpVersion.HTTP_2) {
            // an HTTP/2 stream that has ended can be neither read nor paused any more: nothing of it is left to send
            BufferedBodies.hold(request, Buffer.buffer());
            proxy.handle(BufferedBodies.readWhole(request));
            return;
        }
        if (request.isEnded() || !BufferedBodies.expected(request)) {
            proxy.handle(request);
            return;
        }
        Buffer body = Buffer.buffer();
        long[] reserved = {0};
        rc.addEndHandler(done -> bodies.free(reserved[0]));
        request.handler(chunk -> {
            if (body.length() + (long) chunk.length() > config.maxBodyBytes()) {
                refuseTheRest(rc, request, EdgeProblem.tooLarge(path, config.maxBodyBytes()), requestId);
                return;
            }
            if (!bodies.reserve(chunk.length())) {
                rc.response().putHeader(HttpHeaders.RETRY_AFTER, "5");
                refuseTheRest(rc, request, EdgeProblem.busy(path), requestId);
                return;
            }
            reserved[0] += chunk.length();
            body.appendBuffer(chunk);
        });
        request.endHandler(done -> {
            if (!rc.response().ended() && !rc.response().closed()) {
                BufferedBodies.hold(request, body);
                proxy.handle(BufferedBodies.readWhole(request));
            }
        });
    }

    /** The rest of the body is not read: the answer says why, and the connection closes after it. */
    private static void refuseTheRest(RoutingContext rc, HttpServerRequest request, EdgeProblem problem, String requestId) {
        request.handler(null).pause();
        rc.response().putHeader(HttpHeaders.CONNECTION, "close");
        EdgeResponses.send(rc, problem, requestId);
    }

    /**
     * A caller that hangs up takes its request to the service with it: the service's connection is reset and
     * goes back to the pool, rather than carrying an answer nobody will read.
     */
    private static void abandonWithCaller(io.vertx.core.http.HttpServerRequest caller, io.vertx.core.http.HttpClientRequest upstream) {
        if (caller.response().closed()) {
            upstream.reset();
        } else {
            caller.response().closeHandler(closed -> upstream.reset());
        }
    }

    private boolean tooLarge(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > config.maxBodyBytes();
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static int port(GatewayConfig.Route route) {
        int port = route.url().getPort();
        return port > 0 ? port : "https".equals(route.url().getScheme()) ? 443 : 80;
    }
}
