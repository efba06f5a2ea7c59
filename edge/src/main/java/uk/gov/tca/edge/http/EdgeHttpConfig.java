package uk.gov.tca.edge.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits every HTTP entry of the stack keeps, before a request reaches what it asks for. */
@ConfigMapping(prefix = "tca.http")
public interface EdgeHttpConfig {

    /** A body from which nothing arrives for this long is given up: 408, and the connection closed. */
    @WithDefault("5s")
    Duration bodyIdleTimeout();

    /** A body still arriving after this long is given up too, however slowly it trickles in. */
    @WithDefault("60s")
    Duration bodyTimeout();

    /**
     * The longest request line answered (414 past it). Vert.x's own limit is set above it
     * ({@code quarkus.http.limits.max-initial-line-length}), so that what lies between is refused with a problem
     * document rather than by the HTTP codec with an empty answer.
     */
    @WithDefault("8192")
    int maxRequestLine();

    /** The most header bytes answered (431 past it), below {@code quarkus.http.limits.max-header-size} likewise. */
    @WithDefault("16384")
    int maxHeaderBytes();

    /** Whether a chunked body is read here within the body limit ({@link ChunkedBodies}); off where bodies are read anyway. */
    @WithDefault("true")
    boolean readChunkedBodies();
}
