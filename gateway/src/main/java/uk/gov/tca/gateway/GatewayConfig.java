package uk.gov.tca.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The gateway's settings: the route table, the rate limit, the size limit of a request body and its public address. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Where each service is and which first path segments under /api it owns. */
    Map<String, Route> routes();

    RateLimit rateLimit();

    /**
     * Where callers reach the API (scheme, host and port, without /api): the one server of the published contract,
     * which Swagger UI's "Try it out" calls.
     */
    URI publicUrl();

    /**
     * The realm's public client through which Swagger UI's "Authorize" signs people in (authorization code with
     * PKCE); its redirect URI is Swagger UI's oauth2-redirect.html at the gateway.
     */
    @WithDefault("tca-swagger-ui")
    String swaggerUiClientId();

    /**
     * Whether this stack carries made-up demonstration data (./tca up's demonstrated round; only it sets this): every
     * page of the web client then says so.
     */
    @WithDefault("false")
    boolean demonstration();

    /** The largest request body passed on, in bytes; a larger one is answered 413 and never reaches a service. */
    @WithDefault("1048576")
    long maxBodyBytes();

    /**
     * The most request-body bytes held at once while bodies are read whole before they go to a service; a request
     * that would go past it is answered 503 with Retry-After, so that many large slow bodies cannot exhaust the heap.
     */
    @WithDefault("67108864")
    long maxBufferedBytes();

    /** The service's own pages: who runs it and where people write to it (feedback, accessibility, privacy). */
    Service service();

    interface Service {

        /** The organisation that runs the service, named on the privacy and accessibility pages. */
        @WithDefault("the Department for Levelling Up, Housing and Communities")
        String operator();

        /** Where users write about the service; each deployment sets its own team's mailbox. */
        String contactEmail();
    }

    interface Route {
        URI url();

        /** The first path segments under /api that this service owns, such as {@code bids} or {@code feed}. */
        List<String> segments();

        /** How long the service may take to start answering before the caller gets a 504. */
        @WithDefault("10s")
        Duration timeout();

        @WithDefault("2s")
        Duration connectTimeout();

        /**
         * Connections to the service. Few are best on a small machine: the service works through a handful of
         * requests at a time faster than through many at once (deploy/bench step 1); more callers wait their turn.
         */
        @WithDefault("16")
        int maxConnections();

        /** Requests waiting for a connection beyond which a caller is answered 503 at once rather than queued. */
        @WithDefault("1000")
        int maxWaiting();
    }

    interface RateLimit {
        /** Requests a caller may make each second, on average. */
        @WithDefault("50")
        long perSecond();

        /** Requests a caller may make at once, above the average. */
        @WithDefault("100")
        long burst();
    }
}
