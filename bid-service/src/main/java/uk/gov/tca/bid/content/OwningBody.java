package uk.gov.tca.bid.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.platform.validation.Identifiers;

/** The committee or board that owns a proposal: where it is reported, and who is answerable for it. */
@Schema(name = "OwningBody", description = "The committee or board that owns the proposal (a council's Future Fit "
        + "Steering Group, a partnership board). The bids list finds bids by its name (filter committee).")
public record OwningBody(
        @Schema(description = "The body's name as written.", example = "Future Fit Steering Group")
        @NotBlank @Size(max = 300) String name,
        @Schema(description = "The kind of body.") Resolution.BodyType bodyType,
        @Schema(description = "The register id of the organisation the body belongs to.", example = "GB-LAE-WOR")
        @Size(max = 80) @Pattern(regexp = Identifiers.PATTERN, message = Identifiers.MESSAGE) String organisationId) {
}
