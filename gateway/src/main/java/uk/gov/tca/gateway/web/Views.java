package uk.gov.tca.gateway.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The services' answers as plain maps and lists for the templates, with money kept exact (decimals, never
 * doubles), and the small JSON documents the charts read from the page.
 */
public final class Views {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Views() {
    }

    /** A JSON object as a map, a JSON array as a list; missing or null as null. */
    public static Object plain(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : JSON.convertValue(node, Object.class);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(JsonNode node) {
        Object plain = plain(node);
        return plain instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** The items of a page answer ({@code {items, total}}) or of a bare array. */
    public static List<JsonNode> items(JsonNode answer) {
        JsonNode array = answer == null ? null : answer.isArray() ? answer : answer.path("items");
        List<JsonNode> items = new ArrayList<>();
        if (array instanceof ArrayNode a) {
            a.forEach(items::add);
        }
        return items;
    }

    /** Data for a chart, written into the page as JSON text the script reads: no inline script, CSP holds. */
    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
