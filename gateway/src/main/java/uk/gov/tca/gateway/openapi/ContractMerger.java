package uk.gov.tca.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the services' committed OpenAPI contracts into the one document of the public API. Every path gets
 * the {@code /api} prefix the gateway strips; a schema two services define alike (the shared {@code Problem}) is one,
 * and a name two services use for different shapes is refused, never renamed: a renamed schema can land on a name
 * the other already uses and change what an operation means (the bid's resolution status once became
 * {@code BidStatus}). Each service names its types for the whole API instead ({@code AssignmentStatus}, held by
 * its contract test), and its operations too ({@code bidsSubmit}): an operation keeps its id, so a client generated
 * from the gateway's document calls the same operation by the same name as one generated from the service's. Only the
 * paths the gateway routes to a service are its public API: a service's own {@code /feed} is the public one only if
 * the feed segment is routed to it (another service's internal feed of the same name stays out).
 */
public final class ContractMerger {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private ContractMerger() {
    }

    /**
     * @param contracts each service's contract, by service name, in the order they should appear
     * @param routed    for each service, the first path segments the gateway routes to it
     */
    public static ObjectNode merge(String prefix, Map<String, JsonNode> contracts, Map<String, Set<String>> routed,
            ObjectNode info) {
        List<String> collisions = new ArrayList<>(collidingSchemas(contracts));
        collisions.addAll(collidingOperationIds(contracts, routed));
        if (!collisions.isEmpty()) {
            throw new IllegalStateException("The services' contracts cannot be merged without changing their meaning: "
                    + String.join("; ", collisions) + ". Give the types names of their own (@Schema(name = ...)) and the "
                    + "operations ids of their own.");
        }
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode merged = f.objectNode();
        merged.put("openapi", contracts.values().iterator().next().path("openapi").asText("3.1.0"));
        merged.set("info", info);
        ObjectNode paths = merged.putObject("paths");
        ObjectNode schemas = f.objectNode();
        ObjectNode securitySchemes = f.objectNode();
        ArrayNode tags = f.arrayNode();
        Set<String> tagNames = new HashSet<>();

        contracts.forEach((service, original) -> {
            JsonNode contract = original.deepCopy();
            contract.path("paths").fields().forEachRemaining(path -> {
                if (!routed.getOrDefault(service, Set.of()).contains(firstSegment(path.getKey()))) {
                    return;
                }
                paths.set(prefix + path.getKey(), path.getValue());
            });
            contract.path("components").path("schemas").fields()
                    .forEachRemaining(s -> schemas.set(s.getKey(), s.getValue()));
            contract.path("components").path("securitySchemes").fields()
                    .forEachRemaining(s -> securitySchemes.set(s.getKey(), s.getValue()));
            contract.path("tags").forEach(tag -> {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            });
        });
        ObjectNode components = merged.putObject("components");
        components.set("schemas", schemas);
        components.set("securitySchemes", securitySchemes);
        merged.set("tags", tags);
        return merged;
    }

    /** Each operation id two services' public operations both use, with the services that do. */
    static List<String> collidingOperationIds(Map<String, JsonNode> contracts, Map<String, Set<String>> routed) {
        Map<String, List<String>> owners = new LinkedHashMap<>();
        contracts.forEach((service, contract) -> contract.path("paths").fields().forEachRemaining(path -> {
            if (routed.getOrDefault(service, Set.of()).contains(firstSegment(path.getKey()))) {
                path.getValue().fields().forEachRemaining(op -> {
                    if (METHODS.contains(op.getKey()) && op.getValue().has("operationId")) {
                        owners.computeIfAbsent(op.getValue().get("operationId").asText(), k -> new ArrayList<>()).add(service);
                    }
                });
            }
        }));
        List<String> collisions = new ArrayList<>();
        owners.forEach((id, services) -> {
            if (services.size() > 1) {
                collisions.add("operation " + id + " is named by " + String.join(" and ", services));
            }
        });
        return collisions;
    }

    /** Each schema name two services define differently, with the services that do. */
    static List<String> collidingSchemas(Map<String, JsonNode> contracts) {
        Map<String, Map<String, JsonNode>> definitions = new LinkedHashMap<>();
        contracts.forEach((service, contract) -> contract.path("components").path("schemas").fields()
                .forEachRemaining(s -> definitions.computeIfAbsent(s.getKey(), k -> new LinkedHashMap<>()).put(service, s.getValue())));
        List<String> collisions = new ArrayList<>();
        definitions.forEach((name, byService) -> {
            if (byService.values().stream().distinct().count() > 1) {
                collisions.add(name + " is defined differently by " + String.join(" and ", byService.keySet()));
            }
        });
        return collisions;
    }

    private static String firstSegment(String path) {
        String rest = path.startsWith("/") ? path.substring(1) : path;
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    /** The services whose contracts the gateway serves, in the order of the document. */
    public static final List<String> SERVICES = List.of("partner", "bid", "scoring");
}
