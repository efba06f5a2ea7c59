package uk.gov.tca.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.openapi.api.SmallRyeOpenAPI;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashSet;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The gateway's {@code /q/openapi}: the three services' committed contracts (copied into the gateway at
 * build time, so the document always matches the contracts the services are held to) merged under {@code /api},
 * with what the gateway itself adds ({@link EdgeContract}). Built once, when the gateway is built; where the gateway
 * and the identity provider are is settled when it starts ({@link PublishedAddresses}).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class AggregatedOpenApi implements OASFilter {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Override
    public void filterOpenAPI(OpenAPI document) {
        Map<String, JsonNode> contracts = new LinkedHashMap<>();
        ContractMerger.SERVICES.forEach(service -> contracts.put(service, read("services-openapi/" + service + "/openapi.yaml")));
        ObjectNode info = JsonNodeFactory.instance.objectNode()
                .put("title", "Transformation Challenge Award API")
                .put("version", "1.0.0")
                .put("description", "The one public API of the TCA bid-management services, behind the gateway. "
                        + "Organisations and collaborations (partner-service), rounds, bids and the change feed "
                        + "(bid-service), and schemes, assessors, conflicts, assignments, assessments, moderation, "
                        + "rankings, decisions and the 360Giving export (scoring-service). Every call needs a bearer "
                        + "token from the Keycloak realm tca. Every answer carries its X-Request-Id and what is left of "
                        + "the caller's request budget (RateLimit, RateLimit-Policy); past the budget the answer is 429 "
                        + "with Retry-After.");
        Map<String, Set<String>> routed = new LinkedHashMap<>();
        ContractMerger.SERVICES.forEach(service -> routed.put(service, new LinkedHashSet<>(
                ConfigProvider.getConfig()
                        .getOptionalValues("gateway.routes." + service + ".segments", String.class).orElse(List.of()))));
        ObjectNode merged = ContractMerger.merge("/api", contracts, routed, info);
        Config config = ConfigProvider.getConfig();
        EdgeContract.apply(merged, contracts, config.getValue("gateway.public-url", String.class),
                new EdgeContract.RateLimit(config.getValue("gateway.rate-limit.burst", Long.class),
                        config.getValue("gateway.rate-limit.per-second", Long.class)));
        OpenAPI model;
        try {
            byte[] yaml = YAML.writeValueAsBytes(merged);
            model = SmallRyeOpenAPI.builder()
                    .enableAnnotationScan(false)
                    .enableModelReader(false)
                    .enableStandardStaticFiles(false)
                    .enableStandardFilter(false)
                    .withCustomStaticFile(() -> new ByteArrayInputStream(yaml))
                    .build()
                    .model();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        document.setInfo(model.getInfo());
        document.setPaths(model.getPaths());
        document.setComponents(model.getComponents());
        document.setTags(model.getTags());
        document.setServers(model.getServers());
        document.setSecurity(model.getSecurity());
        PublishedAddresses.apply(document, config);
    }

    private static JsonNode read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The contract " + resource + " is missing from the gateway's build");
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
