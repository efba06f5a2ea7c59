package uk.gov.tca.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The headers the platform's conventions send, declared where they are sent, so a generated client can read them:
 * <ul>
 * <li>{@code ETag} on the reads and changes of a versioned resource — one whose path takes an {@code If-Match}
 *     somewhere — with {@code If-None-Match} on its read and the 304 that answers it ({@code ConditionalReads});</li>
 * <li>{@code Idempotent-Replayed} on the successes of an operation that takes an {@code Idempotency-Key};</li>
 * <li>{@code Location} on a 201 whose resource has a read at the created path;</li>
 * <li>{@code Retry-After} on 503 and 429.</li>
 * </ul>
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 10)
public class DeclaredHeaders implements OASFilter {

    private static final String REF = "#/components/headers/";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        declare(api);
        Map<String, PathItem> paths = api.getPaths().getPathItems();
        Set<String> versioned = new TreeSet<>();
        paths.forEach((path, item) -> item.getOperations().values().forEach(operation -> {
            if (takes(operation, "If-Match")) {
                versioned.add(path);
            }
        }));
        paths.forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (operation.getResponses() == null) {
                return;
            }
            Map<String, APIResponse> answers = operation.getResponses().getAPIResponses();
            if (versioned.contains(path) && (method == PathItem.HttpMethod.GET || takes(operation, "If-Match"))) {
                header(answers.get("200"), "ETag");
                if (method == PathItem.HttpMethod.GET) {
                    conditional(operation);
                }
            }
            if (takes(operation, "Idempotency-Key")) {
                answers.forEach((status, answer) -> {
                    if (status.startsWith("2")) {
                        header(answer, "Idempotent-Replayed");
                    }
                });
            }
            if (method == PathItem.HttpMethod.POST && answers.containsKey("201") && createdIsReadable(path, paths)) {
                header(answers.get("201"), "Location");
            }
            header(answers.get("503"), "Retry-After");
            header(answers.get("429"), "Retry-After");
        }));
    }

    /** A POST to /bids creates what GET /bids/{id} reads. */
    private static boolean createdIsReadable(String path, Map<String, PathItem> paths) {
        return paths.entrySet().stream().anyMatch(other -> other.getKey().matches(java.util.regex.Pattern.quote(path)
                + "/\\{[^}/]+}") && other.getValue().getGET() != null);
    }

    private static void conditional(Operation read) {
        boolean declared = read.getParameters() != null && read.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-None-Match".equalsIgnoreCase(p.getName()));
        if (!declared) {
            read.addParameter(OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER)
                    .description("The ETag of the copy you hold: if it is still current, the answer is 304 without a "
                            + "body")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
        if (read.getResponses().getAPIResponse("304") == null) {
            read.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified: the copy named by If-None-Match is current")
                    .addHeader("ETag", OASFactory.createHeader().ref(REF + "ETag")));
        }
    }

    private static boolean takes(Operation operation, String header) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && header.equalsIgnoreCase(p.getName()));
    }

    private static void header(APIResponse answer, String name) {
        if (answer != null && (answer.getHeaders() == null || !answer.getHeaders().containsKey(name))) {
            answer.addHeader(name, OASFactory.createHeader().ref(REF + name));
        }
    }

    private static void declare(OpenAPI api) {
        if (api.getComponents() == null) {
            api.components(OASFactory.createComponents());
        }
        add(api, "ETag", "The resource's version, quoted (\"3\"): send it in If-Match to change the resource, or in "
                + "If-None-Match to read it only if it changed");
        add(api, "Idempotent-Replayed", "true when this is the remembered answer to an earlier request with the same "
                + "Idempotency-Key: nothing was done again");
        add(api, "Location", "The path of the resource created, as the caller reaches it (behind the gateway, under "
                + "/api)");
        add(api, "Retry-After", "Seconds to wait before trying again");
    }

    private static void add(OpenAPI api, String name, String description) {
        Header header = OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType("Retry-After".equals(name) ? Schema.SchemaType.INTEGER
                        : Schema.SchemaType.STRING));
        api.getComponents().addHeader(name, header);
    }
}
