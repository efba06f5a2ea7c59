package uk.gov.tca.bid.register;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The bid-service's partner client against the partner-service's committed contract: every call the client
 * makes is an operation the provider publishes, with the answers the client relies on. When the provider
 * changes its contract, this fails here, before anything is deployed.
 */
class PartnerContractTests {

    private static JsonNode providerContract() throws IOException {
        return new YAMLMapper().readTree(Files.readString(Paths.get("../partner-service/src/main/openapi/openapi.yaml")));
    }

    @Test
    void everyClientCallIsAPublishedOperation() throws Exception {
        JsonNode paths = providerContract().path("paths");
        String base = PartnerClient.class.getAnnotation(Path.class).value();
        for (Method method : PartnerClient.class.getDeclaredMethods()) {
            String verb = method.isAnnotationPresent(GET.class) ? "get"
                    : method.isAnnotationPresent(jakarta.ws.rs.POST.class) ? "post" : null;
            if (verb != null) {
                String path = base + method.getAnnotation(Path.class).value();
                assertThat(paths.has(path)).as("provider publishes %s", path).isTrue();
                assertThat(paths.path(path).has(verb)).as("provider publishes %s %s", verb, path).isTrue();
            }
        }
    }

    @Test
    void theRegisterAnswers200ForAnOrganisationAnd404ForAnUnknownOne() throws Exception {
        JsonNode responses = providerContract().path("paths").path("/organisations/{id}").path("get").path("responses");
        assertThat(responses.has("200")).isTrue();
        assertThat(responses.has("404")).isTrue();
        assertThat(responses.path("200").path("content").path("application/json").path("schema").path("$ref").asText())
                .isEqualTo("#/components/schemas/Organisation");
    }

    @Test
    void resolveTakesNamesAndAnswersCandidatesWithScores() throws Exception {
        JsonNode contract = providerContract();
        JsonNode schemas = contract.path("components").path("schemas");
        assertThat(contract.path("paths").path("/organisations/resolve").path("post").path("responses").has("200")).isTrue();
        assertThat(schemas.path("ResolveRequest").path("properties").has("names")).isTrue();
        assertThat(schemas.path("ResolveRequest").path("properties").has("limit")).isTrue();
        assertThat(schemas.path("ResolveResult").path("properties").has("results")).isTrue();
        assertThat(schemas.path("NameResolution").path("properties").has("candidates")).isTrue();
        assertThat(schemas.path("Candidate").path("properties").has("organisation")).isTrue();
        assertThat(schemas.path("Candidate").path("properties").has("score")).isTrue();
        assertThat(schemas.path("OrganisationSummary").path("properties").has("id")).isTrue();
    }

    @Test
    void theOrganisationCarriesWhatTheClientReads() throws Exception {
        JsonNode organisation = providerContract().path("components").path("schemas").path("Organisation").path("properties");
        assertThat(organisation.has("id")).isTrue();
        assertThat(organisation.has("legalName")).isTrue();
        assertThat(organisation.has("status")).isTrue();
    }
}
