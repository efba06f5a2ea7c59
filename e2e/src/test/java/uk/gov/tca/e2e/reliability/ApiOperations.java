package uk.gov.tca.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.gov.tca.e2e.LocalStack;

/**
 * Every operation of every service, read from the services' committed OpenAPI specs (the contracts the
 * services' own tests keep equal to what they serve). A new endpoint appears here without anyone listing it.
 */
public final class ApiOperations {

    /** The services and where their specs are committed. */
    public enum Service {
        PARTNER("partner-service", LocalStack.PARTNER, "partner"),
        BID("bid-service", LocalStack.BID, "bid"),
        SCORING("scoring-service", LocalStack.SCORING, "scoring");

        final String module;
        final String url;
        final String database;

        Service(String module, String url, String database) {
            this.module = module;
            this.url = url;
            this.database = database;
        }
    }

    /** One operation: "GET /bids/{id}", with its request body schema (resolved) and its parameters. */
    public record Operation(Service service, String method, String path, JsonNode requestSchema, String bodyMediaType,
            List<JsonNode> parameters, JsonNode spec) {

        public String key() {
            return method + " " + path;
        }

        public boolean hasBody() {
            return requestSchema != null;
        }

        @Override
        public String toString() {
            return service.module + " " + key();
        }
    }

    private static List<Operation> all;

    private ApiOperations() {
    }

    public static synchronized List<Operation> all() {
        if (all == null) {
            List<Operation> found = new ArrayList<>();
            for (Service service : Service.values()) {
                found.addAll(read(service));
            }
            all = List.copyOf(found);
        }
        return all;
    }

    private static List<Operation> read(Service service) {
        Path file = LocalStack.root().resolve(service.module).resolve("src/main/openapi/openapi.yaml");
        JsonNode spec;
        try {
            spec = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase(Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                // the body's JSON media type: application/json, or application/merge-patch+json for a PATCH
                String mediaType = "application/json";
                JsonNode body = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
                for (Iterator<Map.Entry<String, JsonNode>> content = op.getValue().path("requestBody").path("content").fields();
                        content.hasNext();) {
                    Map.Entry<String, JsonNode> type = content.next();
                    if (type.getKey().endsWith("json")) {
                        mediaType = type.getKey();
                        body = type.getValue().path("schema");
                        break;
                    }
                }
                List<JsonNode> parameters = new ArrayList<>();
                path.getValue().path("parameters").forEach(parameters::add);
                op.getValue().path("parameters").forEach(parameters::add);
                operations.add(new Operation(service, method, path.getKey(),
                        body.isMissingNode() ? null : Schemas.resolve(spec, body), mediaType, parameters, spec));
            }
        }
        return operations;
    }
}
