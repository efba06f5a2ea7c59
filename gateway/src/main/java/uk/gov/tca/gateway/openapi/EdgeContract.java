package uk.gov.tca.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the gateway adds to the services' contracts, because it is the gateway that does it: where the API is (the
 * gateway's public address, not the services'), who runs it and under which licence, how a caller gets a token (the
 * services' own security scheme and requirement, carried over), and the header fields the edge puts on every answer
 * — the request id and the caller's rate-limit budget — with the 429 the rate limit answers on every operation.
 * The services' own operations are otherwise left exactly as they wrote them.
 */
public final class EdgeContract {

    public static final String REQUEST_ID = "X-Request-Id";
    public static final String RATE_LIMIT = "RateLimit";
    public static final String RATE_LIMIT_POLICY = "RateLimit-Policy";
    public static final String RETRY_AFTER = "Retry-After";
    /** The header fields on every answer of every operation. */
    public static final Set<String> ON_EVERY_ANSWER = Set.of(REQUEST_ID, RATE_LIMIT, RATE_LIMIT_POLICY);
    public static final String TOO_MANY_REQUESTS = "429";

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final String PROBLEM = "application/problem+json";

    /** The rate limit as it is configured: for the header fields' examples. */
    public record RateLimit(long burst, long perSecond) {

        long window() {
            return Math.max(1, (burst + perSecond - 1) / perSecond);
        }
    }

    private EdgeContract() {
    }

    /**
     * Adds to the merged document what the gateway does.
     *
     * @param contracts the services' contracts, for the contact, licence and security requirement they all carry
     * @param publicUrl the gateway's public address, the one server of the API
     */
    public static ObjectNode apply(ObjectNode merged, Map<String, JsonNode> contracts, String publicUrl, RateLimit limit) {
        ObjectNode info = (ObjectNode) merged.get("info");
        for (String field : new String[] {"contact", "license"}) {
            contracts.values().stream().map(c -> c.path("info").path(field)).filter(JsonNode::isObject).findFirst()
                    .ifPresent(value -> info.set(field, value.deepCopy()));
        }
        ArrayNode servers = merged.putArray("servers");
        servers.addObject().put("url", publicUrl).put("description",
                "The gateway: the one public address of the API. Every path starts /api; the services behind it are"
                        + " not reached directly.");
        Set<JsonNode> requirements = new LinkedHashSet<>();
        contracts.values().forEach(c -> c.path("security").forEach(requirements::add));
        if (!requirements.isEmpty()) {
            ArrayNode security = merged.putArray("security");
            requirements.forEach(r -> security.add(r.deepCopy()));
        }

        ObjectNode components = merged.has("components") ? (ObjectNode) merged.get("components") : merged.putObject("components");
        ObjectNode headers = components.has("headers") ? (ObjectNode) components.get("headers") : components.putObject("headers");
        headers(limit).fields().forEachRemaining(header -> {
            // the services' own Retry-After (on their 503s) says the same thing and is kept; the others are the edge's
            if (!RETRY_AFTER.equals(header.getKey()) || !headers.has(RETRY_AFTER)) {
                headers.set(header.getKey(), header.getValue());
            }
        });
        components.path("responses").fields().forEachRemaining(shared -> {
            if (shared.getValue().isObject()) {
                withEdgeHeaders((ObjectNode) shared.getValue(), false);
            }
        });
        merged.path("paths").forEach(item -> item.fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey()) && op.getValue().isObject()) {
                answersOf((ObjectNode) op.getValue());
            }
        }));
        return merged;
    }

    /** Every answer of the operation carries the edge's header fields; a 429 is among its answers. */
    private static void answersOf(ObjectNode operation) {
        ObjectNode responses = operation.has("responses") ? (ObjectNode) operation.get("responses") : operation.putObject("responses");
        if (!responses.has(TOO_MANY_REQUESTS)) {
            ObjectNode tooMany = responses.putObject(TOO_MANY_REQUESTS);
            tooMany.put("description", "Too many requests from this caller (its token's client and user): send it again"
                    + " after the Retry-After seconds. Nothing was done.");
            tooMany.putObject("content").putObject(PROBLEM).putObject("schema").put("$ref", "#/components/schemas/Problem");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> answer = it.next();
            // an answer that is a shared component (#/components/responses/...) has the fields there
            if (answer.getValue().isObject() && !answer.getValue().has("$ref")) {
                withEdgeHeaders((ObjectNode) answer.getValue(), TOO_MANY_REQUESTS.equals(answer.getKey()));
            }
        }
    }

    private static void withEdgeHeaders(ObjectNode response, boolean tooMany) {
        ObjectNode headers = response.has("headers") ? (ObjectNode) response.get("headers") : response.putObject("headers");
        for (String name : new String[] {REQUEST_ID, RATE_LIMIT, RATE_LIMIT_POLICY}) {
            reference(headers, name);
        }
        if (tooMany) {
            reference(headers, RETRY_AFTER);
        }
    }

    private static void reference(ObjectNode headers, String name) {
        if (!headers.has(name)) {
            headers.putObject(name).put("$ref", "#/components/headers/" + name);
        }
    }

    private static ObjectNode headers(RateLimit limit) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode headers = f.objectNode();
        ObjectNode requestId = headers.putObject(REQUEST_ID);
        requestId.put("description", "The id of this request in the gateway's and the services' logs: the caller's own"
                + " X-Request-Id when it sent one of 8 to 64 letters, digits, '.', '_', ':' or '-' (a council's ticket"
                + " number, say), otherwise a new UUID. Quote it when reporting a problem.");
        requestId.put("required", true);
        requestId.putObject("schema").put("type", "string").put("pattern", "^[A-Za-z0-9._:-]{8,64}$");
        requestId.put("example", "3f6c1d2e-8a4b-4c7d-9e21-5b0f6a7c8d90");

        ObjectNode rateLimit = headers.putObject(RATE_LIMIT);
        rateLimit.put("description", "What is left of the caller's request budget (its token's client and user), as the"
                + " IETF draft \"RateLimit header fields for HTTP\" writes it: r is how many more requests may be sent at"
                + " once, t the whole seconds until the budget is full again. An answer given before the budget applies"
                + " (no valid token, no such resource) says what is left without spending any of it.");
        rateLimit.put("required", true);
        rateLimit.putObject("schema").put("type", "string");
        rateLimit.put("example", "\"default\";r=" + Math.max(0, limit.burst() - 3) + ";t=1");

        ObjectNode policy = headers.putObject(RATE_LIMIT_POLICY);
        policy.put("description", "The request budget every caller has, as the same draft writes it: q requests at once,"
                + " given back evenly so that a spent budget is whole again after w seconds (" + limit.perSecond()
                + " requests a second on average). Past it the answer is 429.");
        policy.put("required", true);
        policy.putObject("schema").put("type", "string");
        policy.put("example", "\"default\";q=" + limit.burst() + ";w=" + limit.window());

        ObjectNode retryAfter = headers.putObject(RETRY_AFTER);
        retryAfter.put("description", "The whole seconds to wait before sending the request again.");
        retryAfter.put("required", true);
        retryAfter.putObject("schema").put("type", "integer").put("minimum", 1);
        retryAfter.put("example", 1);
        return headers;
    }
}
