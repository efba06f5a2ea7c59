package uk.gov.tca.edge.problem;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every kind of problem the stack answers, once: its type URI, title and status, the same from the gateway and from
 * every service, so a client handles each by its {@code type} wherever it arose. Details say what happened this time.
 */
public enum ProblemType {
    VALIDATION("validation", "Request is not valid", 400),
    /** A request the server could not read at all (no more particular kind applies). */
    BAD_REQUEST("bad-request", "Bad Request", 400),
    MALFORMED_JSON("malformed-json", "Request is not valid", 400),
    UNKNOWN_FIELD("unknown-field", "Request is not valid", 400),
    UNAUTHENTICATED("unauthenticated", "Unauthenticated", 401),
    FORBIDDEN("forbidden", "Forbidden", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method Not Allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not Acceptable", 406),
    REQUEST_TIMEOUT("request-timeout", "Request body timed out", 408),
    CONFLICT("conflict", "Conflict", 409),
    CONFLICT_OF_INTEREST("conflict-of-interest", "Conflict of interest", 409),
    IDENTIFIER_TAKEN("identifier-taken", "Identifier taken", 409),
    /** An action that needs the round's scoring scheme, in a round that has none yet. */
    NO_SCHEME("no-scheme", "Round has no scheme", 409),
    /** Allocating a budget while bids are unscored or flagged and not moderated, with no reason given to go on. */
    ROUND_NOT_READY("round-not-ready", "Round is not ready to allocate", 409),
    STALE_VERSION("stale-version", "Version is stale", 412),
    TOO_LARGE("too-large", "Request too large", 413),
    URI_TOO_LONG("uri-too-long", "Request line too long", 414),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported Media Type", 415),
    CANNOT_SUBMIT("cannot-submit", "Bid cannot be submitted", 422),
    FUNDER_TAKES_PART("funder-takes-part", "The round's funder cannot take part", 422),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Idempotency-Key reused", 422),
    PRECONDITION_REQUIRED("precondition-required", "If-Match required", 428),
    RATE_LIMITED("rate-limited", "Too many requests", 429),
    HEADERS_TOO_LARGE("headers-too-large", "Request headers too large", 431),
    SERVER_ERROR("server-error", "Internal server error", 500),
    SERVICE_UNAVAILABLE("service-unavailable", "Service unavailable", 503),
    GATEWAY_TIMEOUT("gateway-timeout", "Gateway timeout", 504);

    /** The prefix of every type URI. */
    public static final String PREFIX = "urn:tca:problem:";

    private final String uri;
    private final String title;
    private final int status;

    ProblemType(String name, String title, int status) {
        this.uri = PREFIX + name;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    /**
     * The general type of a status (a 404, a 503 from a service), when the catalogue has one; a status it has none for
     * (411, 417 …) is answered {@code about:blank} with its own status and reason, as RFC 9457 has it.
     */
    public static Optional<ProblemType> ofStatus(int status) {
        return Arrays.stream(values()).filter(type -> type.status == status && type.isGeneral()).findFirst();
    }

    private boolean isGeneral() {
        return switch (this) {
            case BAD_REQUEST, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, REQUEST_TIMEOUT,
                    CONFLICT, STALE_VERSION, TOO_LARGE, URI_TOO_LONG, UNSUPPORTED_MEDIA_TYPE, PRECONDITION_REQUIRED,
                    RATE_LIMITED, HEADERS_TOO_LARGE, SERVER_ERROR, SERVICE_UNAVAILABLE, GATEWAY_TIMEOUT -> true;
            default -> false;
        };
    }
}
