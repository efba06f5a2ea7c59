package uk.gov.tca.e2e.reliability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Bodies no service may accept, made from an operation's request schema and a plausible body: broken JSON and
 * encodings, the wrong media type, every field of the wrong type, missing, null when required, too long, with
 * control characters, negative, huge or over-precise, impossible dates, unknown fields at every level, and the
 * fields only a service sets (status, scores, decisions, ids, audit fields) slipped in.
 */
final class Mutations {

    /** One hostile body. {@code status}: the exact answer required, or 0 for any 4xx. */
    record Mutation(String name, byte[] body, String contentType, int status) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String MEGABYTE = "x".repeat(1024 * 1024);

    /** Fields a client never sets. A schema that accepts one is a mass-assignment hole (unless allowed below). */
    static final List<String> SERVICE_SET = List.of("id", "status", "score", "scores", "decision", "outcome", "createdAt",
            "createdBy", "updatedAt", "updatedBy", "version", "etag", "submittedAt", "grantedAt", "grantedBy",
            "declaredAt", "assessor", "moderated", "warnings", "verified");

    private final List<Mutation> out = new ArrayList<>();
    private final JsonNode schema;
    private final JsonNode baseline;

    private Mutations(JsonNode schema, JsonNode baseline) {
        this.schema = schema;
        this.baseline = baseline;
    }

    static List<Mutation> of(JsonNode schema, JsonNode baseline) {
        Mutations m = new Mutations(schema, baseline);
        m.whole();
        m.fields(schema, baseline, "", 0);
        m.massAssignment();
        return m.out;
    }

    private void whole() {
        for (String broken : List.of("{", "{\"title\":}", "[", "null", "\"a string\"", "12", "", "{\"a\":1}}", "{'single':'quotes'}",
                "{\"a\":1,}", "\u0000")) {
            add("malformed JSON " + printable(broken), broken.getBytes(StandardCharsets.UTF_8), "application/json", 400);
        }
        byte[] json = bytes(baseline);
        add("invalid UTF-8 (C3 28)", withBytes(json, new byte[] {(byte) 0xC3, 0x28}), "application/json", 400);
        add("invalid UTF-8 (FF FE)", withBytes(json, new byte[] {(byte) 0xFF, (byte) 0xFE}), "application/json", 400);
        add("overlong UTF-8 slash (C0 AF)", withBytes(json, new byte[] {(byte) 0xC0, (byte) 0xAF}), "application/json", 400);
        add("as text/plain", json, "text/plain", 415);
        add("as application/xml", json, "application/xml", 415);
        add("deep nesting (5 000 arrays)", ("{\"deep\":" + "[".repeat(5000) + "]".repeat(5000) + "}").getBytes(StandardCharsets.UTF_8),
                "application/json", 400);
        if (baseline.isObject()) {
            ObjectNode extra = baseline.deepCopy();
            extra.put("unexpectedField", "sent by a careless client");
            add("unknown field at the top", bytes(extra), "application/json", 400);
        }
    }

    private void fields(JsonNode schema, JsonNode value, String pointer, int depth) {
        if (depth > 3 || schema == null || value == null || !value.isObject()) {
            return;
        }
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        boolean isMap = !schema.has("properties") && schema.has("additionalProperties");
        if (depth > 0 && !isMap) {
            add("unknown field at " + pointer, replaced(pointer, withExtra((ObjectNode) value)), 400);
        }
        for (var it = schema.path("properties").fields(); it.hasNext();) {
            var property = it.next();
            String name = property.getKey();
            JsonNode fieldSchema = property.getValue();
            String at = pointer + "/" + name;
            if (fieldSchema.path("readOnly").asBoolean(false)) {
                continue;
            }
            String type = Schemas.type(fieldSchema);
            if (required.contains(name)) {
                add("required " + at + " missing", replaced(pointer, without((ObjectNode) value, name)), 0);
                add("required " + at + " null", replaced(at, NODES.nullNode()), 0);
            }
            for (JsonNode wrong : wrongTypes(type, fieldSchema)) {
                add(at + " as " + printable(wrong.toString()), replaced(at, wrong), 400);
            }
            switch (type) {
                case "string" -> strings(at, name, fieldSchema);
                case "number", "integer" -> numbers(at, name, type);
                case "object" -> {
                    JsonNode inner = value.get(name);
                    if (inner != null && inner.isObject()) {
                        fields(fieldSchema, inner, at, depth + 1);
                    }
                }
                case "array" -> {
                    JsonNode inner = value.get(name);
                    if (inner != null && inner.isArray() && !inner.isEmpty() && inner.get(0).isObject()) {
                        fields(fieldSchema.get("items"), inner.get(0), at + "/0", depth + 1);
                    }
                }
                default -> {
                }
            }
        }
    }

    private void strings(String at, String name, JsonNode fieldSchema) {
        add(at + " of 1 MB", replaced(at, NODES.textNode(MEGABYTE)), 0);
        add(at + " with NUL", replaced(at, NODES.textNode("before\u0000after")), 400);
        add(at + " with BEL and ESC", replaced(at, NODES.textNode("bell\u0007 escape\u001b[31m")), 400);
        add(at + " with a lone surrogate", replaced(at, NODES.textNode("half \ud800 a pair")), 400);
        String format = fieldSchema.path("format").asText();
        boolean identifying = fieldSchema.has("enum") || format.startsWith("date") || name.endsWith("Id") || name.equals("id");
        if (identifying) {
            for (String fragment : List.of("' OR '1'='1' --", "x'; DROP TABLE bid; --", "<script>alert(1)</script>",
                    "../../../../etc/passwd", "%00", "${jndi:ldap://127.0.0.1/a}")) {
                add(at + " = " + fragment, replaced(at, NODES.textNode(fragment)), 0);
            }
        }
        if (format.equals("date")) {
            for (String date : List.of("2026-02-30", "2026-13-01", "0000-00-00", "30/06/2026", "+999999999-12-31")) {
                add(at + " = " + date, replaced(at, NODES.textNode(date)), 400);
            }
        }
        if (format.equals("date-time")) {
            for (String time : List.of("2026-06-30T25:61:00Z", "2026-02-30T10:00:00Z", "yesterday", "-1000000000-01-01T00:00:00Z")) {
                add(at + " = " + time, replaced(at, NODES.textNode(time)), 400);
            }
        }
    }

    private void numbers(String at, String name, String type) {
        add(at + " = -1", replaced(at, NODES.numberNode(-1)), 0);
        add(at + " = 1E+400", replaced(at, NODES.numberNode(new java.math.BigDecimal("1E+400"))), 0);
        add(at + " = 12345678901234567890123456789", replaced(at, NODES.numberNode(new java.math.BigInteger("12345678901234567890123456789"))), 0);
        // past what any money column holds or any sum of money means (£100 trillion); past an int for whole numbers
        add(at + " = 99999999999999", replaced(at, NODES.numberNode(99_999_999_999_999L)), 0);
        if (type.equals("integer")) {
            add(at + " = 2147483648", replaced(at, NODES.numberNode(2_147_483_648L)), 0);
        }
        if (type.equals("integer")) {
            add(at + " = 1.5", replaced(at, NODES.numberNode(new java.math.BigDecimal("1.5"))), 400);
        }
        if (List.of("amount", "min", "max", "budget", "cap", "amountAwarded", "amountSought").contains(name)) {
            add(at + " = -0.01", replaced(at, NODES.numberNode(new java.math.BigDecimal("-0.01"))), 0);
            add(at + " = 1000.001 (under a penny)", replaced(at, NODES.numberNode(new java.math.BigDecimal("1000.001"))), 0);
        }
    }

    private void massAssignment() {
        if (!baseline.isObject()) {
            return;
        }
        for (String field : SERVICE_SET) {
            if (schema.path("properties").has(field)) {
                continue; // the schema's own; whether it should be is checked apart
            }
            ObjectNode slipped = baseline.deepCopy();
            slipped.set(field, switch (field) {
                case "score", "version" -> NODES.numberNode(5);
                case "scores" -> NODES.arrayNode().add(NODES.objectNode().put("criterion", "value-for-money").put("score", 5));
                case "decision" -> NODES.objectNode().put("outcome", "FUNDED").put("amountAwarded", 1000000);
                case "moderated", "verified" -> NODES.booleanNode(true);
                case "status" -> NODES.textNode("DECIDED");
                case "outcome" -> NODES.textNode("FUNDED");
                case "createdAt", "updatedAt", "submittedAt", "grantedAt", "declaredAt" -> NODES.textNode("2014-01-01T00:00:00Z");
                default -> NODES.textNode("mass-assigned");
            });
            add("mass assignment of " + field, (JsonNode) slipped, 400);
        }
    }

    /** The service-set fields this schema accepts from a client, beyond those it may by design. */
    static List<String> acceptedServiceFields(JsonNode schema, Set<String> settableByDesign) {
        List<String> found = new ArrayList<>();
        for (String field : SERVICE_SET) {
            JsonNode property = schema.path("properties").path(field);
            if (!property.isMissingNode() && !property.path("readOnly").asBoolean(false) && !settableByDesign.contains(field)) {
                found.add(field);
            }
        }
        return found;
    }

    // --- building bodies

    private static List<JsonNode> wrongTypes(String type, JsonNode schema) {
        List<JsonNode> wrong = new ArrayList<>();
        ObjectNode object = NODES.objectNode().put("nested", "object");
        ArrayNode array = NODES.arrayNode().add("an").add("array");
        switch (type) {
            case "string" -> {
                wrong.add(object);
                wrong.add(array);
            }
            case "number", "integer" -> {
                wrong.add(NODES.textNode("twelve"));
                wrong.add(NODES.booleanNode(true));
                wrong.add(object);
            }
            case "boolean" -> {
                wrong.add(NODES.textNode("perhaps"));
                wrong.add(object);
            }
            case "array" -> {
                wrong.add(object);
                wrong.add(NODES.numberNode(7));
            }
            default -> {
                wrong.add(NODES.textNode("not an object"));
                wrong.add(array);
            }
        }
        return wrong;
    }

    private void add(String name, byte[] body, String contentType, int status) {
        out.add(new Mutation(name, body, contentType, status));
    }

    private void add(String name, JsonNode body, int status) {
        out.add(new Mutation(name, bytes(body), "application/json", status));
    }

    private JsonNode replaced(String pointer, JsonNode value) {
        if (pointer.isEmpty()) {
            return value;
        }
        JsonNode copy = baseline.deepCopy();
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = pointer.substring(0, cut).isEmpty() ? copy : copy.at(pointer.substring(0, cut));
        String last = pointer.substring(cut + 1);
        if (parent instanceof ObjectNode o) {
            o.set(last, value);
        } else if (parent instanceof ArrayNode a) {
            a.set(Integer.parseInt(last), value);
        }
        return copy;
    }

    private static ObjectNode without(ObjectNode value, String name) {
        ObjectNode copy = value.deepCopy();
        copy.remove(name);
        return copy;
    }

    private static ObjectNode withExtra(ObjectNode value) {
        ObjectNode copy = value.deepCopy();
        copy.put("unexpectedField", true);
        return copy;
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return Http.JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JSON with raw bytes put inside its first string value. */
    private static byte[] withBytes(byte[] json, byte[] inject) {
        String text = new String(json, StandardCharsets.UTF_8);
        int quote = text.indexOf(":\"");
        if (quote < 0) {
            byte[] out = new byte[inject.length + 2];
            out[0] = '"';
            System.arraycopy(inject, 0, out, 1, inject.length);
            out[out.length - 1] = '"';
            return out;
        }
        byte[] head = text.substring(0, quote + 2).getBytes(StandardCharsets.UTF_8);
        byte[] tail = text.substring(quote + 2).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + inject.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(inject, 0, out, head.length, inject.length);
        System.arraycopy(tail, 0, out, head.length + inject.length, tail.length);
        return out;
    }

    private static String printable(String s) {
        String shown = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        return shown.replace("\u0000", "\\0");
    }
}
