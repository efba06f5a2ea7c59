package uk.gov.tca.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the gateway adds to the services' operations: its address, and the header fields and 429 of the edge. */
class EdgeContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode merged() throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"openapi": "3.1.0", "info": {"title": "TCA"},
                 "paths": {"/api/bids/{id}": {"parameters": [],
                   "get": {"operationId": "bidsGet", "responses": {
                     "200": {"description": "The bid", "headers": {"ETag": {"$ref": "#/components/headers/ETag"}}},
                     "404": {"description": "No such bid"}}},
                   "delete": {"operationId": "bidsWithdraw", "responses": {"204": {"description": "Withdrawn"},
                     "429": {"description": "The service's own", "headers": {}}}}}},
                 "components": {"schemas": {"Problem": {"type": "object"}},
                   "headers": {"ETag": {"schema": {"type": "string"}},
                     "Retry-After": {"description": "Seconds to wait", "schema": {"type": "integer"}}}}}""");
    }

    private static Map<String, JsonNode> contracts() throws Exception {
        Map<String, JsonNode> contracts = new LinkedHashMap<>();
        contracts.put("bid", JSON.readTree("""
                {"info": {"contact": {"name": "Transformation Challenge Award service team"},
                          "license": {"name": "Open Government Licence v3.0"}},
                 "security": [{"keycloak": []}], "servers": [{"url": "http://bid-service.tca.svc:8082"}]}"""));
        contracts.put("scoring", JSON.readTree("""
                {"security": [{"keycloak": []}], "servers": [{"url": "http://scoring-service.tca.svc:8083"}]}"""));
        return contracts;
    }

    @Test
    void everyAnswerOfEveryOperationCarriesTheEdgesHeaderFields() throws Exception {
        JsonNode doc = EdgeContract.apply(merged(), contracts(), "https://tca.example.gov.uk",
                new EdgeContract.RateLimit(100, 50));
        for (String answer : new String[] {"get/responses/200", "get/responses/404", "get/responses/429",
                "delete/responses/204", "delete/responses/429"}) {
            JsonNode headers = doc.at("/paths/~1api~1bids~1{id}/" + answer + "/headers");
            for (String name : EdgeContract.ON_EVERY_ANSWER) {
                assertThat(headers.at("/" + name + "/$ref").asText()).as(answer + " " + name)
                        .isEqualTo("#/components/headers/" + name);
            }
        }
        // what the service said is kept: its own header fields, its own 429
        assertThat(doc.at("/paths/~1api~1bids~1{id}/get/responses/200/headers/ETag/$ref").asText())
                .isEqualTo("#/components/headers/ETag");
        assertThat(doc.at("/paths/~1api~1bids~1{id}/delete/responses/429/description").asText()).isEqualTo("The service's own");
        assertThat(doc.at("/paths/~1api~1bids~1{id}/get/responses/429/headers/Retry-After/$ref").asText())
                .isEqualTo("#/components/headers/Retry-After");
        assertThat(doc.at("/paths/~1api~1bids~1{id}/get/responses/429/content/application~1problem+json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/Problem");
        assertThat(doc.at("/paths/~1api~1bids~1{id}/get/responses/404/headers/Retry-After").isMissingNode()).isTrue();
        // the services' Retry-After says the same and is kept; the budget's fields are the edge's, with its figures
        assertThat(doc.at("/components/headers/Retry-After/description").asText()).isEqualTo("Seconds to wait");
        assertThat(doc.at("/components/headers/RateLimit-Policy/example").asText()).isEqualTo("\"default\";q=100;w=2");
        assertThat(doc.at("/components/headers/RateLimit/example").asText()).isEqualTo("\"default\";r=97;t=1");
        assertThat(doc.at("/components/headers/X-Request-Id/required").asBoolean()).isTrue();
    }

    @Test
    void theApiIsAtTheGatewayUnderTheServicesContactLicenceAndSecurity() throws Exception {
        JsonNode doc = EdgeContract.apply(merged(), contracts(), "https://tca.example.gov.uk",
                new EdgeContract.RateLimit(30, 5));
        assertThat(doc.at("/servers").size()).isEqualTo(1);
        assertThat(doc.at("/servers/0/url").asText()).isEqualTo("https://tca.example.gov.uk");
        assertThat(doc.at("/servers/0/description").asText()).isNotBlank();
        assertThat(doc.at("/info/contact/name").asText()).isEqualTo("Transformation Challenge Award service team");
        assertThat(doc.at("/info/license/name").asText()).isEqualTo("Open Government Licence v3.0");
        assertThat(doc.at("/security").toString()).isEqualTo("[{\"keycloak\":[]}]");
        assertThat(doc.at("/components/headers/RateLimit-Policy/example").asText()).isEqualTo("\"default\";q=30;w=6");
    }
}
