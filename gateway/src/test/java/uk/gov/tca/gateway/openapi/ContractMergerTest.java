package uk.gov.tca.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The merge keeps one copy of what two services define alike, and refuses a name they use for different shapes. */
class ContractMergerTest {

    private static JsonNode contract(String path, String schema, String enumValues) throws Exception {
        String resource = path.substring(1);
        return contract(path, schema, enumValues, resource + "Get");
    }

    private static JsonNode contract(String path, String schema, String enumValues, String operationId) throws Exception {
        return new ObjectMapper().readTree("""
                {"openapi": "3.1.0", "paths": {"%s": {"get": {"operationId": "%s", "responses": {"200": {"content":
                  {"application/json": {"schema": {"$ref": "#/components/schemas/%s"}}}}}}}},
                 "components": {"schemas": {"%s": {"type": "string", "enum": [%s]},
                   "Problem": {"type": "object"}}}}""".formatted(path, operationId, schema, schema, enumValues));
    }

    @Test
    void aNameTwoServicesUseForDifferentShapesIsRefusedNotRenamed() throws Exception {
        Map<String, JsonNode> contracts = new LinkedHashMap<>();
        contracts.put("bid", contract("/bids", "Status", "\"PASSED\", \"PLANNED\""));
        contracts.put("scoring", contract("/assessments", "Status", "\"DRAFT\", \"SUBMITTED\""));
        assertThatThrownBy(() -> ContractMerger.merge("/api", contracts,
                Map.of("bid", Set.of("bids"), "scoring", Set.of("assessments")), JsonNodeFactory.instance.objectNode()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Status is defined differently by bid and scoring");
    }

    @Test
    void whatTwoServicesDefineAlikeIsOneSchema() throws Exception {
        Map<String, JsonNode> contracts = new LinkedHashMap<>();
        contracts.put("bid", contract("/bids", "DecisionOutcome", "\"FUNDED\""));
        contracts.put("scoring", contract("/decisions", "DecisionOutcome", "\"FUNDED\""));
        JsonNode merged = ContractMerger.merge("/api", contracts,
                Map.of("bid", Set.of("bids"), "scoring", Set.of("decisions")), JsonNodeFactory.instance.objectNode());
        // one DecisionOutcome; Problem, which no operation here refers to, is left out
        assertThat(merged.at("/components/schemas").size()).isEqualTo(1);
        assertThat(merged.at("/paths/~1api~1bids/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/DecisionOutcome");
        assertThat(merged.at("/paths/~1api~1decisions/get/operationId").asText()).isEqualTo("decisionsGet");
    }

    @Test
    void everyKindOfComponentTheOperationsReachIsPublishedAndNothingElse() throws Exception {
        JsonNode bid = new ObjectMapper().readTree("""
                {"openapi": "3.1.0", "tags": [{"name": "bids", "description": "Bids"}, {"name": "feed", "description": "Bids' feed"}],
                 "paths": {"/bids": {"get": {"operationId": "bidsSearch", "tags": ["bids"], "responses": {"200": {
                   "headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
                   "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}}}}},
                  "/feed": {"get": {"operationId": "feed", "tags": ["feed"], "responses": {"200": {"description": "events"}}}}},
                 "components": {"schemas": {"Page": {"type": "object", "properties": {"items": {"type": "array",
                   "items": {"$ref": "#/components/schemas/Bid"}}}}, "Bid": {"type": "object"}, "Unused": {"type": "object"}},
                   "headers": {"ETag": {"schema": {"type": "string"}}}}}""");
        JsonNode partner = new ObjectMapper().readTree("""
                {"openapi": "3.1.0", "tags": [{"name": "feed", "description": "The register's internal feed"}],
                 "paths": {"/feed": {"get": {"operationId": "partnerFeed", "tags": ["feed"], "responses": {"200": {
                   "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RegisterEvent"}}}}}}}},
                 "components": {"schemas": {"RegisterEvent": {"type": "object"}}}}""");
        Map<String, JsonNode> contracts = new LinkedHashMap<>();
        contracts.put("partner", partner);
        contracts.put("bid", bid);
        JsonNode merged = ContractMerger.merge("/api", contracts,
                Map.of("partner", Set.of("organisations"), "bid", Set.of("bids", "feed")), JsonNodeFactory.instance.objectNode());
        assertThat(merged.at("/components/headers/ETag/schema/type").asText()).isEqualTo("string");
        assertThat(merged.at("/components/schemas").fieldNames()).toIterable().containsExactlyInAnyOrder("Page", "Bid");
        // the feed tag is described by the service whose feed is the public one
        assertThat(merged.path("tags").findValuesAsText("description")).containsExactly("Bids", "Bids' feed");
    }

    @Test
    void aHeaderTwoServicesDescribeDifferentlyIsRefused() throws Exception {
        Map<String, JsonNode> contracts = new LinkedHashMap<>();
        for (String service : new String[] {"bid", "scoring"}) {
            contracts.put(service, new ObjectMapper().readTree("""
                    {"openapi": "3.1.0", "paths": {}, "components": {"headers": {"ETag": {"description": "%s"}}}}"""
                    .formatted(service)));
        }
        assertThatThrownBy(() -> ContractMerger.merge("/api", contracts, Map.of(), JsonNodeFactory.instance.objectNode()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("headers/ETag is defined differently by bid and scoring");
    }

    @Test
    void anOperationIdTwoServicesBothPublishIsRefusedNotRenamed() throws Exception {
        Map<String, JsonNode> contracts = new LinkedHashMap<>();
        contracts.put("bid", contract("/bids", "BidStatus", "\"DRAFT\"", "feed"));
        contracts.put("scoring", contract("/decisions", "DecisionStatus", "\"PUBLISHED\"", "feed"));
        assertThatThrownBy(() -> ContractMerger.merge("/api", contracts,
                Map.of("bid", Set.of("bids"), "scoring", Set.of("decisions")), JsonNodeFactory.instance.objectNode()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("operation feed is named by bid and scoring");
    }

    @Test
    void anOperationIdOfAPathTheGatewayDoesNotRouteToThatServiceIsNotPublished() throws Exception {
        Map<String, JsonNode> contracts = new LinkedHashMap<>();
        contracts.put("partner", contract("/feed", "OrganisationEvent", "\"CREATED\"", "feed"));
        contracts.put("bid", contract("/feed", "BidEvent", "\"SUBMITTED\"", "feed"));
        JsonNode merged = ContractMerger.merge("/api", contracts,
                Map.of("partner", Set.of("organisations"), "bid", Set.of("feed")), JsonNodeFactory.instance.objectNode());
        assertThat(merged.at("/paths/~1api~1feed/get/operationId").asText()).isEqualTo("feed");
        assertThat(merged.at("/paths/~1api~1feed/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/BidEvent");
    }
}
