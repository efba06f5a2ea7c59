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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import uk.gov.tca.gateway.openapi.EdgeContract;

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
            JsonNode contract = contract(service.replace("-service", ""));
            Set<String> own = operations(contract, "/api");
            assertThat(own).as(service).isNotEmpty();
            expected.addAll(own);
        }
        assertThat(operations(served, "")).isEqualTo(expected);
        // two services have a /feed; the public one is the service's the gateway routes /api/feed to
        JsonNode bidContract = contract("bid");
        assertThat(served.at("/paths/~1api~1feed/get/summary").asText())
                .isEqualTo(bidContract.at("/paths/~1feed/get/summary").asText());
        assertThat(served.at("/paths/~1api~1reconciliations/post").isMissingNode()).isFalse();
        assertThat(served.path("info").path("title").asText()).isEqualTo("Transformation Challenge Award API");
    }

    /**
     * Where the API is, who answers for it and how to get a token: the gateway's public address (never a service's),
     * the services' contact, licence, security scheme and requirement, with the scheme's endpoints on the realm
     * this gateway checks tokens against (so Swagger UI's "Authorize" asks the right Keycloak).
     */
    @Test
    void theDocumentSaysWhereTheApiIsWhoRunsItAndHowToGetAToken() throws IOException {
        JsonNode served = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi").asString());
        var config = ConfigProvider.getConfig();
        assertThat(served.at("/servers").size()).isEqualTo(1);
        assertThat(served.at("/servers/0/url").asText()).isEqualTo(config.getValue("gateway.public-url", String.class));
        assertThat(served.at("/servers/0/description").asText()).isNotBlank();
        String realm = config.getValue("quarkus.oidc.auth-server-url", String.class);
        for (String service : List.of("partner", "bid", "scoring")) {
            JsonNode contract = json(contract(service));
            assertThat(served.at("/info/contact")).as(service).isEqualTo(contract.at("/info/contact"));
            assertThat(served.at("/info/license")).as(service).isEqualTo(contract.at("/info/license"));
            assertThat(served.at("/security")).as(service).isEqualTo(contract.at("/security"));
            // every tag of the service's public operations keeps its description
            contract.path("tags").forEach(tag -> served.path("tags").forEach(published -> {
                if (published.path("name").equals(tag.path("name")) && !"feed".equals(tag.path("name").asText())) {
                    assertThat(published.path("description")).as(tag.toString()).isEqualTo(tag.path("description"));
                }
            }));
        }
        assertThat(served.at("/info/contact/name").asText()).isEqualTo("Transformation Challenge Award service team");
        assertThat(served.at("/info/license/name").asText()).isEqualTo("Open Government Licence v3.0");
        assertThat(served.at("/security/0/keycloak").isArray()).isTrue();
        assertThat(served.at("/components/securitySchemes/keycloak/type").asText()).isEqualTo("oauth2");
        assertThat(served.at("/components/securitySchemes/keycloak/flows/clientCredentials/tokenUrl").asText())
                .isEqualTo(realm + "/protocol/openid-connect/token");
        assertThat(served.at("/components/securitySchemes/keycloak/flows/authorizationCode/authorizationUrl").asText())
                .isEqualTo(realm + "/protocol/openid-connect/auth");
        served.path("tags").forEach(tag -> assertThat(tag.path("description").asText()).as(tag.toString()).isNotBlank());
        // the public feed is the bid-service's, and so is the feed tag's description
        JsonNode bid = json(contract("bid"));
        bid.path("tags").forEach(tag -> {
            if ("feed".equals(tag.path("name").asText())) {
                served.path("tags").forEach(published -> {
                    if ("feed".equals(published.path("name").asText())) {
                        assertThat(published.path("description")).isEqualTo(tag.path("description"));
                    }
                });
            }
        });
    }

    /** The header fields the gateway puts on every answer, and its 429, are declared on every operation. */
    @Test
    void everyAnswerOfEveryOperationDeclaresTheEdgesHeaderFieldsAndEveryOperationA429() throws IOException {
        JsonNode served = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi").asString());
        List<String> missing = new ArrayList<>();
        int answers = 0;
        var paths = served.path("paths").fields();
        while (paths.hasNext()) {
            var path = paths.next();
            var methods = path.getValue().fields();
            while (methods.hasNext()) {
                var method = methods.next();
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                String operation = method.getKey().toUpperCase() + " " + path.getKey();
                JsonNode tooMany = method.getValue().path("responses").path("429");
                if (!tooMany.at("/content/application~1problem+json/schema/$ref").asText().equals("#/components/schemas/Problem")
                        || !tooMany.at("/headers/Retry-After/$ref").asText().equals("#/components/headers/Retry-After")) {
                    missing.add(operation + " 429");
                }
                var responses = method.getValue().path("responses").fields();
                while (responses.hasNext()) {
                    var response = responses.next();
                    answers++;
                    for (String header : EdgeContract.ON_EVERY_ANSWER) {
                        if (!response.getValue().at("/headers/" + header + "/$ref").asText().equals("#/components/headers/" + header)) {
                            missing.add(operation + " " + response.getKey() + " " + header);
                        }
                    }
                }
            }
        }
        assertThat(answers).isGreaterThan(300);
        assertThat(missing).isEmpty();
        for (String header : List.of("X-Request-Id", "RateLimit", "RateLimit-Policy", "Retry-After")) {
            assertThat(served.at("/components/headers/" + header + "/description").asText()).as(header).isNotBlank();
            assertThat(served.at("/components/headers/" + header + "/schema/type").asText()).as(header).isNotBlank();
        }
        var config = ConfigProvider.getConfig();
        assertThat(served.at("/components/headers/RateLimit-Policy/example").asText()).isEqualTo("\"default\";q="
                + config.getValue("gateway.rate-limit.burst", Long.class) + ";w=" + (config.getValue("gateway.rate-limit.burst", Long.class)
                / config.getValue("gateway.rate-limit.per-second", Long.class)));
    }

    /** A service's committed contract, as the gateway was built with it (copied from the service's module). */
    private static JsonNode contract(String service) throws IOException {
        try (var in = AggregatedOpenApiTests.class.getClassLoader().getResourceAsStream("services-openapi/" + service + "/openapi.yaml")) {
            assertThat(in).as(service).isNotNull();
            return YAML.readTree(in);
        }
    }

    private static JsonNode json(JsonNode yaml) throws IOException {
        return new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(yaml));
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
                    contract(service)));
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
                    JsonNode public_ = withoutEdgeAdditions(withoutOperationId(
                            served.path("paths").path("/api" + path.getKey()).path(method.getKey())), own);
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

    /** The operation as its service wrote it: without the edge's header fields, and without the 429 the edge added. */
    private static JsonNode withoutEdgeAdditions(JsonNode operation, JsonNode own) {
        JsonNode copy = operation.deepCopy();
        JsonNode responses = copy.path("responses");
        if (responses instanceof com.fasterxml.jackson.databind.node.ObjectNode answers) {
            if (!own.path("responses").has(EdgeContract.TOO_MANY_REQUESTS)) {
                answers.remove(EdgeContract.TOO_MANY_REQUESTS);
            }
            answers.fields().forEachRemaining(answer -> {
                if (answer.getValue().path("headers") instanceof com.fasterxml.jackson.databind.node.ObjectNode headers) {
                    JsonNode ownHeaders = own.path("responses").path(answer.getKey()).path("headers");
                    for (String header : List.of(EdgeContract.REQUEST_ID, EdgeContract.RATE_LIMIT, EdgeContract.RATE_LIMIT_POLICY,
                            EdgeContract.RETRY_AFTER)) {
                        if (!ownHeaders.has(header)) {
                            headers.remove(header);
                        }
                    }
                    if (headers.isEmpty() && ownHeaders.isMissingNode()) {
                        ((com.fasterxml.jackson.databind.node.ObjectNode) answer.getValue()).remove("headers");
                    }
                }
            });
        }
        return copy;
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
