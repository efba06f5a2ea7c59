package uk.gov.tca.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, with the offending fields listed where there are any. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public record Problem(
        @Schema(description = "What kind of problem, as a URN of the problem catalogue (urn:tca:problem:...): what a client branches on", example = "urn:tca:problem:validation") String type,
        @Schema(description = "The kind of problem in words, the same for every problem of its type", example = "Request is not valid") String title,
        @Schema(description = "The HTTP status of the answer", example = "400") int status,
        @Schema(description = "What went wrong with this request, in words for the person who sent it", example = "2 fields are not valid") String detail,
        @Schema(description = "The path of the request the problem is about, as the caller sent it (behind the gateway, under /api)", example = "/organisations") String instance,
        @Schema(description = "Each field that is not valid and why; absent when the problem is not about fields") List<Violation> violations,
        @Schema(description = "The request's id, as its X-Request-Id header carries it (the gateway gives every request "
                + "one): quote it when asking about the problem. Absent when the request came with none.",
                example = "3f2b8c1e-6d4a-4f7e-9b21-0c5d8e7a6b43") String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(String type, String title, int status, String detail, String instance, List<Violation> violations) {
        this(type, title, status, detail, instance, violations, null);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, violations, requestId);
    }

    public Problem withRequestId(String id) {
        return new Problem(type, title, status, detail, instance, violations, id);
    }

    /** One offending field: where it is in the request and what is wrong with it. */
    @Schema(name = "Violation")
    public record Violation(
            @Schema(description = "The field, as a path into the request body (items[2].amount) or the name of the query parameter or header", example = "identifiers[0].value") String field,
            @Schema(description = "What is wrong with it, in words to show beside the field", example = "is not a valid ONS GSS code (a letter E, W, S or N and 8 digits)") String message) {
    }
}
