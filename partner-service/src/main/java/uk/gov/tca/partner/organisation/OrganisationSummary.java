package uk.gov.tca.partner.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganisationSummary")
public record OrganisationSummary(
        @Schema(example = "GB-LAE-MSU") String id,
        @Schema(example = "Mid Suffolk District Council") String legalName,
        @Schema(example = "Mid Suffolk") String commonName,
        @Schema(example = "DISTRICT") OrganisationType type,
        @Schema(example = "ACTIVE") OrganisationStatus status) {

    public static OrganisationSummary of(Organisation o) {
        return new OrganisationSummary(o.id, o.legalName, o.commonName, o.type, o.status);
    }
}
