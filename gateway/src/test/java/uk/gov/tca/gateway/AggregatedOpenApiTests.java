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

    @Test
    void sameNamedShapesOfDifferentServicesStayApartAndEveryReferenceResolves() throws IOException {
        JsonNode served = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi").asString());
        JsonNode schemas = served.at("/components/schemas");
        // each service has its own Status; the shared Problem is one
        assertThat(schemas.has("BidStatus") || schemas.has("ScoringStatus")).isTrue();
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
