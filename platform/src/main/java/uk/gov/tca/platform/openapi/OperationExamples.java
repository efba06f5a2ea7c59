package uk.gov.tca.platform.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;

/**
 * Every operation's request and successful answers carry an example, from the service's
 * {@code openapi/examples/<operationId>.json}: {@code {"request": ..., "responses": {"200": ...}}}. The examples are
 * real answers of the service, recorded by its tests ({@code -Dopenapi.examples.capture}) and held to the schema by
 * the lint, so they cannot drift from what the service sends.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 50)
public class OperationExamples implements OASFilter {

    static final String DIRECTORY = "openapi/examples/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            JsonNode examples = read(operation.getOperationId());
            if (examples == null) {
                return;
            }
            if (operation.getRequestBody() != null && examples.has("request")) {
                json(operation.getRequestBody().getContent() == null ? Map.of()
                        : operation.getRequestBody().getContent().getMediaTypes())
                        .forEach((type, media) -> media.setExample(value(examples.get("request"))));
            }
            examples.path("responses").fields().forEachRemaining(answer -> {
                var response = operation.getResponses() == null ? null
                        : operation.getResponses().getAPIResponse(answer.getKey());
                if (response != null && response.getContent() != null) {
                    json(response.getContent().getMediaTypes())
                            .forEach((type, media) -> media.setExample(value(answer.getValue())));
                }
            });
        }));
    }

    private static Map<String, MediaType> json(Map<String, MediaType> types) {
        Map<String, MediaType> json = new java.util.TreeMap<>();
        if (types != null) {
            types.forEach((type, media) -> {
                if (type.equals("application/json") || type.endsWith("+json")) {
                    json.put(type, media);
                }
            });
        }
        return json;
    }

    /** The example as plain Java values, which the document writer renders as JSON or YAML. */
    private static Object value(JsonNode node) {
        return JSON.convertValue(node, Object.class);
    }

    private static JsonNode read(String operationId) {
        if (operationId == null) {
            return null;
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream(DIRECTORY + operationId + ".json")) {
            return in == null ? null : JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The example of " + operationId + " is not JSON", e);
        }
    }
}
