package uk.gov.tca.platform.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import uk.gov.tca.edge.problem.ProblemType;

/**
 * Every problem an operation can answer is in the contract, as a problem document: what any call can meet (401, 403,
 * 406, 500, 503), what a request with parameters or a body can (400; 413 and 415 with a body; 404 for what it names),
 * what names a resource in its path (404), what changes state (409, 422) and what takes a version ({@code If-Match}: 412, 428). The resources declare
 * what is particular to them, with their own words; this adds the rest, in the catalogue's, so a client generated
 * from the spec knows every answer it will meet and that each is a {@link Problem}.
 */
// before DeclaredHeaders, which adds Retry-After to the 503s declared here
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 20)
public class ProblemResponses implements OASFilter {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            for (int status : answers(path, method, operation)) {
                APIResponse declared = operation.getResponses().getAPIResponse(Integer.toString(status));
                if (declared == null) {
                    operation.getResponses().addAPIResponse(Integer.toString(status), OASFactory.createAPIResponse()
                            .description(ProblemType.ofStatus(status).map(ProblemType::title)
                                    .orElse("Refused by the rules of the resource"))
                            .content(problem()));
                } else if (declared.getContent() == null || declared.getContent().getMediaTypes() == null
                        || declared.getContent().getMediaTypes().isEmpty()) {
                    declared.content(problem());
                }
            }
        }));
    }

    /** The problem statuses an operation can answer, from what it takes and what it does. */
    static Set<Integer> answers(String path, PathItem.HttpMethod method, Operation operation) {
        // in order of status, so the generated contract is the same on every build
        Set<Integer> statuses = new TreeSet<>(List.of(401, 403, 406, 500, 503));
        boolean body = operation.getRequestBody() != null;
        boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (body || parameters) {
            statuses.add(400);
        }
        if (body) {
            statuses.add(413);
            statuses.add(415);
        }
        if (path.contains("{") || body || parameters) {
            statuses.add(404); // what the path, the query or the body names may not be there
        }
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                && method != PathItem.HttpMethod.OPTIONS;
        if (changes) {
            statuses.add(409);
            statuses.add(422);
        }
        boolean versioned = method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                || parameters && operation.getParameters().stream().anyMatch(ProblemResponses::isIfMatch);
        if (versioned) {
            statuses.add(412);
            statuses.add(428);
        }
        return statuses;
    }

    private static boolean isIfMatch(Parameter parameter) {
        return parameter.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(parameter.getName());
    }

    private static Content problem() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
    }
}
