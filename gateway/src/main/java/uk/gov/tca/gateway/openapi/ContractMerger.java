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
 * the feed segment is routed to it (another service's internal feed of the same name stays out). Every kind of component
 * (schemas, headers, ...) is merged alike, and only what the public operations reach is published, as are only the
 * tags they carry, described by the service whose operations carry them.
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
        Map<String, ObjectNode> components = new LinkedHashMap<>();
        components.put("schemas", f.objectNode());
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
            // every kind of component the operations may refer to: schemas, headers, parameters, responses ...
            contract.path("components").fields().forEachRemaining(section -> section.getValue().fields()
                    .forEachRemaining(c -> components.computeIfAbsent(section.getKey(), k -> f.objectNode())
                            .set(c.getKey(), c.getValue())));
            // a tag is described by a service whose public operations carry it (two services have a "feed")
            Set<String> used = tagsOfPublicOperations(contract, routed.getOrDefault(service, Set.of()));
            contract.path("tags").forEach(tag -> {
                if (used.contains(tag.path("name").asText()) && tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            });
        });
        ObjectNode published = merged.putObject("components");
        Set<String> reached = reached(paths, components);
        components.forEach((section, entries) -> {
            ObjectNode kept = f.objectNode();
            entries.fields().forEachRemaining(c -> {
                // only what the public operations reach: a service's internal feed brings its own types along
                if ("securitySchemes".equals(section) || reached.contains("#/components/" + section + "/" + c.getKey())) {
                    kept.set(c.getKey(), c.getValue());
                }
            });
            published.set(section, kept);
        });
        merged.set("tags", tags);
        return merged;
    }

    /** The components ({@code #/components/schemas/Bid}) the paths refer to, and those they refer to in turn. */
    private static Set<String> reached(JsonNode paths, Map<String, ObjectNode> components) {
        Set<String> reached = new HashSet<>();
        java.util.Deque<JsonNode> pending = new java.util.ArrayDeque<>(List.of(paths));
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#/components/") && reached.add(ref.asText())) {
                String[] parts = ref.asText().split("/", 4);
                ObjectNode section = parts.length == 4 ? components.get(parts[2]) : null;
                if (section != null && section.has(parts[3])) {
                    pending.push(section.get(parts[3]));
                }
            }
            node.forEach(pending::push);
        }
        return reached;
    }

    private static Set<String> tagsOfPublicOperations(JsonNode contract, Set<String> routed) {
        Set<String> used = new HashSet<>();
        contract.path("paths").fields().forEachRemaining(path -> {
            if (routed.contains(firstSegment(path.getKey()))) {
                path.getValue().fields().forEachRemaining(op -> {
                    if (METHODS.contains(op.getKey())) {
                        op.getValue().path("tags").forEach(tag -> used.add(tag.asText()));
                    }
                });
            }
        });
        return used;
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

    /**
     * Each component name two services define differently, with the services that do: a schema by its name alone
     * ({@code Instant}), any other kind of component with its kind ({@code headers/Retry-After}).
     */
    static List<String> collidingSchemas(Map<String, JsonNode> contracts) {
        Map<String, Map<String, JsonNode>> definitions = new LinkedHashMap<>();
        contracts.forEach((service, contract) -> contract.path("components").fields().forEachRemaining(section ->
                section.getValue().fields().forEachRemaining(c -> definitions.computeIfAbsent(
                        ("schemas".equals(section.getKey()) ? "" : section.getKey() + "/") + c.getKey(),
                        k -> new LinkedHashMap<>()).put(service, c.getValue()))));
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
