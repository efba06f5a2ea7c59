package uk.gov.tca.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import uk.gov.tca.gateway.edge.EdgeProblem;
import uk.gov.tca.gateway.edge.RequestIds;
import uk.gov.tca.gateway.edge.TraceContext;

/**
 * What the gateway adds to a request on its way to a service, and what it makes of a service that does not
 * answer. The library already drops hop-by-hop headers; here the path loses its {@code /api} prefix, the
 * service learns where the request came from ({@code X-Forwarded-*}), the request id and the trace context go
 * on, and a service that is down or slow becomes a problem+json 503 or 504 instead of a bare 502 or a hang.
 */
final class Forwarding implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(Forwarding.class);

    private final String service;

    Forwarding(String service) {
        this.service = service;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest incoming = request.proxiedRequest();
        String path = incoming.path();
        request.setURI(ApiPaths.downstream(request.getURI()));

        MultiMap headers = request.headers();
        // The gateway is the edge: what a caller claims about earlier hops is replaced by what the gateway saw
        // (behind a trusted ingress, quarkus.http.proxy settings make these the ingress's values).
        headers.set("X-Forwarded-For", incoming.remoteAddress().hostAddress());
        headers.set("X-Forwarded-Proto", incoming.scheme());
        if (incoming.authority() != null) {
            headers.set("X-Forwarded-Host", incoming.authority().toString());
        }
        headers.set("X-Forwarded-Prefix", ApiPaths.PREFIX);
        headers.remove("Forwarded");
        if (!TraceContext.isValid(headers.get(TraceContext.TRACEPARENT))) {
            headers.set(TraceContext.TRACEPARENT, TraceContext.start());
            headers.remove(TraceContext.TRACESTATE);
        }
        Buffer body = BufferedBodies.release(incoming);
        if (body != null) {
            // read whole before the service was asked: sent with its length, however it came
            headers.remove(HttpHeaders.TRANSFER_ENCODING);
            headers.set(HttpHeaders.CONTENT_LENGTH, Integer.toString(body.length()));
            request.setBody(Body.body(body));
        }

        String requestId = headers.get(RequestIds.HEADER);
        context.set(RequestIds.HEADER, requestId);
        return context.sendRequest().recover(failure -> {
            boolean timedOut = failure instanceof TimeoutException;
            LOG.warnf("%s %s → %s %s (request %s): %s", incoming.method(), path, service,
                    timedOut ? "timed out" : "unreachable", requestId, failure.toString());
            EdgeProblem problem = (timedOut ? EdgeProblem.timedOut(service, path) : EdgeProblem.unavailable(service, path))
                    .withRequestId(requestId);
            ProxyResponse response = request.release().response()
                    .setStatusCode(problem.status())
                    .setStatusMessage(problem.title())
                    .setBody(Body.body(problem.toBuffer()));
            response.headers().clear();
            response.headers().set(HttpHeaders.CONTENT_TYPE, EdgeProblem.MEDIA_TYPE);
            if (!timedOut) {
                response.headers().set(HttpHeaders.RETRY_AFTER, "5");
            }
            return Future.succeededFuture(response);
        });
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        String requestId = context.get(RequestIds.HEADER, String.class);
        if (requestId != null) {
            context.response().headers().set(RequestIds.HEADER, requestId);
        }
        return context.sendResponse();
    }
}
