package uk.gov.tca.gateway.routing;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Request bodies read whole at the gateway, held from the end of reading until {@link Forwarding} sends them on. */
final class BufferedBodies {

    private static final Map<HttpServerRequest, Buffer> HELD = new ConcurrentHashMap<>();

    private BufferedBodies() {
    }

    /** Whether the request says it carries a body: a length other than 0, or chunks. */
    static boolean expected(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return length != null && !length.strip().equals("0") || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    static void hold(HttpServerRequest request, Buffer body) {
        HELD.put(request, body);
    }

    /** The body held for the request, no longer held; null when none was. */
    static Buffer release(HttpServerRequest request) {
        return HELD.remove(request);
    }
}
