package uk.gov.tca.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** One document for an integrating system: every operation of the three services' contracts, under /api. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(Services.class)
class AggregatedOpenApiTests {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private static Set<String> operations(JsonNode contract, String prefix) {
        Set<String> operations = new TreeSet<>();
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                operations.add(method.toUpperCase() + " " + prefix + path.getKey());
            }
        }));
        return operations;
    }

    @Test
    void everyOperationOfEveryServiceIsListedUnderApi() throws IOException {
        JsonNode served = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi").then()
                .statusCode(200).extract().asString());
        Set<String> expected = new TreeSet<>();
        for (String service : List.of("partner-service", "bid-service", "scoring-service")) {
            JsonNode contract = YAML.readTree(Path.of("..", service, "src/main/openapi/openapi.yaml").toFile());
            Set<String> own = operations(contract, "/api");
            assertThat(own).as(service).isNotEmpty();
            expected.addAll(own);
        }
        assertThat(operations(served, "")).isEqualTo(expected);
        // two services have a /feed; the public one is the service's the gateway routes /api/feed to
        JsonNode bidContract = YAML.readTree(Path.of("..", "bid-service", "src/main/openapi/openapi.yaml").toFile());
        assertThat(served.at("/paths/~1api~1feed/get/summary").asText())
                .isEqualTo(bidContract.at("/paths/~1feed/get/summary").asText());
        assertThat(served.at("/paths/~1api~1reconciliations/post").isMissingNode()).isFalse();
        assertThat(served.path("info").path("title").asText()).isEqualTo("Transformation Challenge Award API");
        assertThat(served.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
    }

    /**
     * The merge changes no meaning: each operation under /api is its service's own (only the operation id made
     * unique), and so is every schema it reaches, by the same name — nothing renamed into another's name.
     */
    @Test
    void everyOperationAndEverySchemaItReachesIsTheOwningServicesOwn() throws IOException {
        JsonNode served = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi").asString());
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (String service : List.of("partner", "bid", "scoring")) {
            JsonNode contract = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(
                    YAML.readTree(Path.of("..", service + "-service", "src/main/openapi/openapi.yaml").toFile())));
            List<String> routed = ConfigProvider.getConfig().getValues("gateway.routes." + service + ".segments", String.class);
            Set<String> reached = new TreeSet<>();
            var paths = contract.path("paths").fields();
            while (paths.hasNext()) {
                var path = paths.next();
                if (!routed.contains(path.getKey().split("/")[1])) {
                    continue;
                }
                var methods = path.getValue().fields();
                while (methods.hasNext()) {
                    var method = methods.next();
                    JsonNode own = withoutOperationId(method.getValue());
                    JsonNode public_ = withoutOperationId(served.path("paths").path("/api" + path.getKey()).path(method.getKey()));
                    compared++;
                    if (!own.equals(public_)) {
                        differences.add(method.getKey().toUpperCase() + " " + path.getKey() + " of the " + service + "-service");
                    }
                    collectReached(own, contract.path("components").path("schemas"), reached);
                }
            }
            for (String schema : reached) {
                if (!contract.at("/components/schemas/" + schema).equals(served.at("/components/schemas/" + schema))) {
                    differences.add("schema " + schema + " of the " + service + "-service");
                }
            }
        }
        assertThat(compared).isGreaterThan(50);
        assertThat(differences).isEmpty();
    }

    @Test
    void everyReferenceResolvesAndEveryOperationIdIsUnique() throws IOException {
        JsonNode served = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi").asString());
        JsonNode schemas = served.at("/components/schemas");
        assertThat(schemas.has("Problem")).isTrue();
        List<String> dangling = new ArrayList<>();
        collectDangling(served, schemas, dangling);
        assertThat(dangling).isEmpty();
        List<String> operationIds = new ArrayList<>();
        served.path("paths").forEach(item -> item.forEach(op -> {
            if (op.has("operationId")) {
                operationIds.add(op.get("operationId").asText());
            }
        }));
        assertThat(operationIds).doesNotHaveDuplicates().isNotEmpty();
    }

    private static JsonNode withoutOperationId(JsonNode operation) {
        JsonNode copy = operation.deepCopy();
        if (copy instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            object.remove("operationId");
        }
        return copy;
    }

    /** The schemas this node refers to, and those they refer to in turn. */
    private static void collectReached(JsonNode node, JsonNode schemas, Set<String> reached) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.asText().startsWith("#/components/schemas/")) {
                String name = ref.asText().substring("#/components/schemas/".length());
                if (reached.add(name)) {
                    collectReached(schemas.path(name), schemas, reached);
                }
            }
            node.forEach(child -> collectReached(child, schemas, reached));
        } else if (node.isArray()) {
            node.forEach(child -> collectReached(child, schemas, reached));
        }
    }

    private static void collectDangling(JsonNode node, JsonNode schemas, List<String> dangling) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.asText().startsWith("#/components/schemas/")
                    && !schemas.has(ref.asText().substring("#/components/schemas/".length()))) {
                dangling.add(ref.asText());
            }
            node.forEach(child -> collectDangling(child, schemas, dangling));
        } else if (node.isArray()) {
            node.forEach(child -> collectDangling(child, schemas, dangling));
        }
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
