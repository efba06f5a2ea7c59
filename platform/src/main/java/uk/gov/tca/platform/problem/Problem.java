package uk.gov.tca.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, with the offending fields listed where there are any. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public record Problem(
        @Schema(example = "urn:tca:problem:validation") String type,
        @Schema(example = "Request is not valid") String title,
        @Schema(example = "400") int status,
        @Schema(example = "2 fields are not valid") String detail,
        @Schema(example = "/organisations") String instance,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, violations);
    }

    /** One offending field: where it is in the request and what is wrong with it. */
    @Schema(name = "Violation")
    public record Violation(
            @Schema(example = "identifiers[0].value") String field,
            @Schema(example = "is not a valid ONS GSS code (a letter E, W, S or N and 8 digits)") String message) {
    }
}
