package uk.gov.tca.partner.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client may set on an organisation. Version, audit fields and the folded names are the
 * service's own: a body that names them is refused as having unknown fields.
 */
@Schema(name = "OrganisationInput")
public record OrganisationInput(
        @Size(max = 80) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._-]*$",
                message = "must be letters, digits, '.', '_' or '-', starting with a letter or digit")
        @Schema(description = "The 360Giving org-id where one exists, else a stable internal id; required on create, "
                + "and if sent on update it must be the id in the path", example = "GB-LAE-BAB")
        String id,
        @NotBlank @Size(max = 300) @Schema(example = "Babergh District Council") String legalName,
        @Size(max = 300) @Schema(example = "Babergh") String commonName,
        @NotNull @Schema(example = "DISTRICT") OrganisationType type,
        @Schema(description = "ACTIVE unless said", example = "ACTIVE") OrganisationStatus status,
        @Schema(example = "1974-04-01") LocalDate startDate,
        LocalDate endDate,
        @Size(max = 40) @Schema(example = "England") String nation,
        @Size(max = 80) @Schema(example = "East of England") String region,
        @Size(max = 30) Set<@NotNull OrganisationFunction> functions,
        @Size(max = 50) List<@NotNull @Valid IdentifierInput> identifiers,
        @Size(max = 200) @Schema(description = "Other names and misspellings as bids write them",
                example = "[\"Babergh DC\"]") List<@NotBlank @Size(max = 300) String> aliases,
        @Size(max = 20) @Schema(description = "Ids of the organisations that took over an abolished one")
        List<@NotBlank @Size(max = 80) String> successors) {
}
