package uk.gov.tca.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/** OpenAPI schemas made usable for generating requests: references inlined, and a plausible value for each. */
final class Schemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 16;

    private Schemas() {
    }

    /** The schema with every $ref replaced by what it names (allOf merged; recursion cut at a fixed depth). */
    static JsonNode resolve(JsonNode spec, JsonNode schema) {
        return resolve(spec, schema, 0);
    }

    private static JsonNode resolve(JsonNode spec, JsonNode schema, int depth) {
        if (schema == null || !schema.isObject()) {
            return schema;
        }
        if (depth > MAX_DEPTH) {
            return NODES.objectNode().put("type", "object");
        }
        if (schema.has("$ref")) {
            String[] parts = schema.get("$ref").asText().substring(2).split("/");
            JsonNode target = spec;
            for (String part : parts) {
                target = target.path(part);
            }
            ObjectNode merged = ((ObjectNode) resolve(spec, target, depth + 1)).deepCopy();
            schema.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("$ref")) {
                    merged.set(e.getKey(), e.getValue());
                }
            });
            return merged;
        }
        ObjectNode out = NODES.objectNode();
        if (schema.has("allOf")) {
            for (JsonNode part : schema.get("allOf")) {
                JsonNode resolved = resolve(spec, part, depth + 1);
                resolved.fields().forEachRemaining(e -> {
                    if (e.getValue().isObject() && out.get(e.getKey()) instanceof ObjectNode existing) {
                        existing.setAll((ObjectNode) e.getValue());
                    } else {
                        out.set(e.getKey(), e.getValue());
                    }
                });
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            switch (e.getKey()) {
                case "allOf" -> {
                }
                case "properties" -> {
                    ObjectNode props = out.has("properties") ? (ObjectNode) out.get("properties") : NODES.objectNode();
                    e.getValue().fields().forEachRemaining(p -> props.set(p.getKey(), resolve(spec, p.getValue(), depth + 1)));
                    out.set("properties", props);
                }
                case "items", "additionalProperties" -> out.set(e.getKey(), resolve(spec, e.getValue(), depth + 1));
                case "oneOf", "anyOf" -> {
                    ArrayNode options = NODES.arrayNode();
                    e.getValue().forEach(o -> options.add(resolve(spec, o, depth + 1)));
                    out.set(e.getKey(), options);
                }
                default -> out.set(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    static String type(JsonNode schema) {
        if (schema == null) {
            return "object";
        }
        if (schema.has("type")) {
            JsonNode t = schema.get("type");
            return t.isArray() ? t.get(0).asText() : t.asText();
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("oneOf")) {
            return type(schema.get("oneOf").get(0));
        }
        if (schema.has("anyOf")) {
            return type(schema.get("anyOf").get(0));
        }
        return "object";
    }

    /** A value of the schema's shape: every property filled, enums' first value, formats respected. */
    static JsonNode example(JsonNode schema) {
        return example(schema, 0);
    }

    private static JsonNode example(JsonNode schema, int depth) {
        if (schema == null) {
            return NODES.objectNode();
        }
        if (schema.has("example") && !schema.get("example").isNull() && depth > 0) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        if (schema.has("oneOf")) {
            return example(schema.get("oneOf").get(0), depth);
        }
        if (schema.has("anyOf")) {
            return example(schema.get("anyOf").get(0), depth);
        }
        return switch (type(schema)) {
            case "string" -> NODES.textNode(switch (schema.path("format").asText()) {
                case "date" -> "2026-06-30";
                case "date-time" -> "2026-06-30T12:00:00Z";
                default -> "reliability test";
            });
            case "integer" -> NODES.numberNode(Math.max(1, schema.path("minimum").asInt(1)));
            case "number" -> NODES.numberNode(new java.math.BigDecimal("1000.00"));
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> depth > MAX_DEPTH ? NODES.arrayNode() : NODES.arrayNode().add(example(schema.get("items"), depth + 1));
            default -> {
                ObjectNode object = NODES.objectNode();
                if (depth <= MAX_DEPTH) {
                    schema.path("properties").fields().forEachRemaining(p -> {
                        if (!p.getValue().path("readOnly").asBoolean(false)) {
                            object.set(p.getKey(), example(p.getValue(), depth + 1));
                        }
                    });
                }
                yield object;
            }
        };
    }
}
