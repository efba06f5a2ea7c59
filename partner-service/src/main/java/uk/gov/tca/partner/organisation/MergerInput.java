package uk.gov.tca.partner.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The register entry a proposed organisation duplicates. */
@Schema(name = "OrganisationMerger", description = "The organisation on the register a proposed one duplicates.")
public record MergerInput(
        @NotBlank @Size(max = 80) @Schema(description = "The id of the organisation it is merged into: on the register "
                + "and verified, not the proposal itself.", example = "GB-LAE-BAB") String into) {
}
