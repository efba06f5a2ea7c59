package uk.gov.tca.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Holds every answer a test receives to the service's committed contract: its status is one the operation declares
 * (or its {@code default}), and its JSON body validates against the schema declared for that status and media type;
 * a request the service took (2xx) validates against the operation's request body. A difference fails the test that
 * made the request, naming the operation and each mismatch — so a spec that says less, or other, than the service
 * does breaks the build. Requests a service refuses are not checked against the contract: tests send them on
 * purpose (malformed JSON, over-long text), and the refusal is what is checked.
 */
public final class ContractValidation implements Filter {

    private static final String SPEC = "urn:tca:contract";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private final JsonNode spec;
    private final SchemaRegistry registry;
    private final List<Operation> operations = new ArrayList<>();
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /** One operation of the contract: its method, its path as a pattern, and where it is in the document. */
    private record Operation(String method, String template, Pattern path, int parameters, String pointer) {
    }

    public ContractValidation(Path committed) {
        try {
            spec = new ObjectMapper(new YAMLFactory()).readTree(committed.toFile());
            String json = JSON.writeValueAsString(spec);
            registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    b -> b.resourceLoaders(r -> r.resources(Map.of(SPEC, json))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        spec.path("paths").fields().forEachRemaining(path -> METHODS.forEach(method -> {
            if (path.getValue().has(method)) {
                String template = path.getKey();
                String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
                operations.add(new Operation(method, template, Pattern.compile(regex),
                        template.split("\\{", -1).length - 1, "/paths/" + escape(template) + "/" + method));
            }
        }));
        // a literal path (/bids/imports) is the one meant before a template that also matches (/bids/{id})
        operations.sort(Comparator.comparingInt(Operation::parameters));
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        Response answer = context.next(request, response);
        List<String> mismatches = check(request, answer);
        if (!mismatches.isEmpty()) {
            throw new AssertionError("The answer to " + request.getMethod() + " " + request.getURI()
                    + " is not what the contract says:\n  " + String.join("\n  ", mismatches));
        }
        String capture = System.getProperty("openapi.examples.capture");
        if (capture != null && answer.statusCode() / 100 == 2) {
            find(request).ifPresent(operation -> ExampleRecorder.record(Path.of(capture),
                    spec.at(operation.pointer() + "/operationId").asText(), request, answer));
        }
        return answer;
    }

    private Optional<Operation> find(FilterableRequestSpecification request) {
        String method = request.getMethod().toLowerCase(Locale.ROOT);
        String path = URI.create(request.getURI()).getRawPath();
        return operations.stream()
                .filter(o -> o.method().equals(method) && o.path().matcher(path).matches()).findFirst();
    }

    private List<String> check(FilterableRequestSpecification request, Response answer) {
        String method = request.getMethod().toLowerCase(Locale.ROOT);
        Optional<Operation> found = find(request);
        if (found.isEmpty()) {
            return List.of(); // not an operation of the API (/q/openapi, /q/health) or a path it does not have
        }
        Operation operation = found.get();
        String name = method.toUpperCase(Locale.ROOT) + " " + operation.template();
        List<String> mismatches = new ArrayList<>();
        JsonNode responses = spec.at(operation.pointer() + "/responses");
        String status = Integer.toString(answer.statusCode());
        String declared = responses.has(status) ? status : responses.has("default") ? "default" : null;
        if (declared == null) {
            return List.of(name + " answered " + status + ", which it does not declare");
        }
        String body = answer.asString();
        String mediaType = mediaType(answer.contentType());
        if (body != null && !body.isEmpty() && isJson(mediaType)) {
            JsonNode content = responses.path(declared).path("content");
            String key = content.has(mediaType) ? mediaType : content.has("*/*") ? "*/*" : null;
            if (key == null) {
                mismatches.add(name + " answered " + status + " with " + mediaType + ", which it does not declare");
            } else if (content.path(key).has("schema")) {
                String at = operation.pointer() + "/responses/" + escape(declared) + "/content/" + escape(key) + "/schema";
                mismatches.addAll(validate(name + " " + status, at, body));
            }
        }
        Object sent = request.getBody();
        if (answer.statusCode() / 100 == 2 && sent != null) {
            JsonNode content = spec.at(operation.pointer() + "/requestBody/content");
            String sentType = mediaType(request.getContentType());
            if (isJson(sentType) && content.has(sentType) && content.path(sentType).has("schema")) {
                String text = sent instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                        : sent.toString();
                mismatches.addAll(validate(name + " request", operation.pointer() + "/requestBody/content/"
                        + escape(sentType) + "/schema", withoutNulls(text)));
            }
        }
        return mismatches;
    }

    private List<String> validate(String what, String pointer, String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (IOException e) {
            return List.of(what + ": the body is not JSON");
        }
        Schema schema = schemas.computeIfAbsent(pointer, p -> registry.getSchema(SchemaLocation.of(SPEC + "#" + p)));
        List<Error> errors = schema.validate(node);
        return errors.stream().limit(40).map(e -> what + ": " + e.getInstanceLocation() + " " + e.getMessage()).toList();
    }

    /** A request's explicit null is taken as the field left out (as the services read it), so it is checked as such. */
    private static String withoutNulls(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            strip(node);
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            return json;
        }
    }

    private static void strip(JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            List<String> nulls = new ArrayList<>();
            object.fields().forEachRemaining(f -> {
                if (f.getValue().isNull()) {
                    nulls.add(f.getKey());
                } else {
                    strip(f.getValue());
                }
            });
            object.remove(nulls);
        } else if (node != null && node.isArray()) {
            node.forEach(ContractValidation::strip);
        }
    }

    private static boolean isJson(String mediaType) {
        return mediaType != null && (mediaType.equals("application/json") || mediaType.endsWith("+json"));
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** Installs the check for every rest-assured request of the run, once, if the module has a committed contract. */
    public static void holdEveryAnswer(Path committed) {
        if (!Files.exists(committed)) {
            return;
        }
        synchronized (ContractValidation.class) {
            if (io.restassured.RestAssured.filters().stream().noneMatch(ContractValidation.class::isInstance)) {
                io.restassured.RestAssured.filters(INSTANCES.computeIfAbsent(committed.toAbsolutePath(), ContractValidation::new));
            }
        }
    }

    private static final Map<Path, ContractValidation> INSTANCES = new ConcurrentHashMap<>();
}
