package uk.gov.tca.gateway.routing;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.Handler;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.core.http.impl.HttpServerRequestWrapper;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Request bodies read whole at the gateway: counted against one budget for all of them while they are read, and held
 * on the request's own context from the end of reading until {@link Forwarding} sends them on.
 */
final class BufferedBodies {

    private static final String KEY = BufferedBodies.class.getName();

    private final long budget;
    private final AtomicLong held = new AtomicLong();

    BufferedBodies(long budget) {
        this.budget = budget;
    }

    /**
     * Whether the request may carry a body: a length other than 0, chunks, or — over HTTP/2, where neither need be
     * said — any request whose stream has not ended with its headers.
     */
    static boolean expected(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return length != null && !length.strip().equals("0") || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                || request.version() == HttpVersion.HTTP_2 && !request.isEnded();
    }

    /** Counts bytes about to be held; false (and nothing counted) when the budget would be passed. */
    boolean reserve(int bytes) {
        while (true) {
            long now = held.get();
            if (now + bytes > budget) {
                return false;
            }
            if (held.compareAndSet(now, now + bytes)) {
                return true;
            }
        }
    }

    /** Gives back what a request's body held, once it has gone on or the request is over. */
    void free(long bytes) {
        held.addAndGet(-bytes);
    }

    static void hold(HttpServerRequest request, Buffer body) {
        if (request instanceof HttpServerRequestInternal internal) {
            internal.context().putLocal(KEY, body);
        }
    }

    /**
     * The request, read to its end, as the proxy may take it: the proxy pauses and resumes the request it is given,
     * which an HTTP/2 stream that has ended refuses ("Request has already been read") — so every request over h2c,
     * a GET included, hung. Its body is the one held, so there is nothing left to pause.
     */
    static HttpServerRequest readWhole(HttpServerRequest request) {
        return request instanceof HttpServerRequestInternal internal ? new ReadWhole(internal) : request;
    }

    private static final class ReadWhole extends HttpServerRequestWrapper {

        ReadWhole(HttpServerRequestInternal delegate) {
            super(delegate);
        }

        @Override
        public HttpServerRequest pause() {
            return this;
        }

        @Override
        public HttpServerRequest resume() {
            return this;
        }

        @Override
        public HttpServerRequest fetch(long amount) {
            return this;
        }

        @Override
        public HttpServerRequest handler(Handler<Buffer> handler) {
            return this;
        }

        @Override
        public HttpServerRequest endHandler(Handler<Void> handler) {
            return this;
        }
    }

    /** The body held for the request, no longer held; null when none was. */
    static Buffer release(HttpServerRequest request) {
        if (request instanceof HttpServerRequestInternal internal) {
            Buffer body = internal.context().getLocal(KEY);
            internal.context().removeLocal(KEY);
            return body;
        }
        return null;
    }
}
