package uk.gov.tca.platform.idempotency;

import uk.gov.tca.edge.problem.ProblemType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import uk.gov.tca.platform.problem.Problem;
import uk.gov.tca.platform.problem.ProblemException;

/**
 * Makes a create safe to retry: the answer to the first request with a key is stored in the same
 * transaction as what it created, and a retry with the same key and body gets that answer back.
 * The same key with a different body is a client error, not a second resource.
 */
@ApplicationScoped
@Transactional
public class Idempotency {

    /** What a create answered. */
    public record Answer(int status, String location, String etag, String body, boolean replayed) {

        /** The HTTP answer, first time or replayed (then marked Idempotent-Replayed: true). */
        public jakarta.ws.rs.core.Response toResponse() {
            jakarta.ws.rs.core.Response.ResponseBuilder response = jakarta.ws.rs.core.Response.status(status)
                    .type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE)
                    .header("Location", location)
                    .header("ETag", etag)
                    .entity(body);
            if (replayed) {
                response.header("Idempotent-Replayed", "true");
            }
            return response.build();
        }
    }

    private final ObjectMapper json;
    private final Clock clock;

    public Idempotency(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** The answer to remember: the body is written once, so a replay is byte for byte the first answer. */
    public Answer answer(int status, String location, String etag, Object body) {
        try {
            return new Answer(status, location, etag, json.writeValueAsString(body), false);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the answer", e);
        }
    }

    public Answer once(String key, String principal, Object request, Supplier<Answer> create) {
        if (key == null) {
            return create.get();
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.invalid("Idempotency-Key", "must be 1 to 200 characters");
        }
        String hash = hash(request);
        // a retry racing the first request waits for it to commit, then is answered from its record
        IdempotencyRecord.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(?1)")
                .setParameter(1, lockOf(principal, key)).getSingleResult();
        IdempotencyRecord existing = IdempotencyRecord.findById(new IdempotencyRecord.Key(principal, key));
        if (existing != null) {
            if (!existing.requestHash.equals(hash)) {
                throw ProblemException.of(ProblemType.IDEMPOTENCY_KEY_REUSED,
                        "This Idempotency-Key was first sent with a different request; use a new key for a new request",
                        List.of(new Problem.Violation("Idempotency-Key", "was used for a different request")));
            }
            return new Answer(existing.status, existing.location, existing.etag, existing.body, true);
        }
        Answer answer = create.get();
        IdempotencyRecord record = new IdempotencyRecord();
        record.id = new IdempotencyRecord.Key(principal, key);
        record.requestHash = hash;
        record.status = answer.status();
        record.location = answer.location();
        record.etag = answer.etag();
        record.body = answer.body();
        record.createdAt = Instant.now(clock);
        record.persist();
        return answer;
    }

    /** A 64-bit lock id for (principal, key): collisions only make unrelated requests wait their turn. */
    private static long lockOf(String principal, String key) {
        return java.nio.ByteBuffer.wrap(sha256(principal + "\n" + key)).getLong();
    }

    /**
     * The request's fingerprint, canonical: a field left out, sent as null or as an empty list or object is the same
     * request, and so is one whose fields come in another order. So a retry is recognised whatever shape the body's
     * record gives it (a content record that turns a missing list into an empty one, a field added later).
     */
    private String hash(Object request) {
        try {
            return HexFormat.of().formatHex(sha256(json.writeValueAsString(canonical(json.valueToTree(request)))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }

    private static JsonNode canonical(JsonNode node) {
        if (node.isObject()) {
            ObjectNode sorted = JsonNodeFactory.instance.objectNode();
            new java.util.TreeMap<String, JsonNode>(toMap(node)).forEach((name, value) -> {
                JsonNode kept = canonical(value);
                if (!isEmpty(kept)) {
                    sorted.set(name, kept);
                }
            });
            return sorted;
        }
        if (node.isArray()) {
            ArrayNode items = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> items.add(canonical(item)));
            return items;
        }
        return node;
    }

    private static java.util.Map<String, JsonNode> toMap(JsonNode object) {
        java.util.Map<String, JsonNode> fields = new java.util.HashMap<>();
        object.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
        return fields;
    }

    private static boolean isEmpty(JsonNode node) {
        return node == null || node.isNull() || (node.isContainerNode() && node.isEmpty());
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
