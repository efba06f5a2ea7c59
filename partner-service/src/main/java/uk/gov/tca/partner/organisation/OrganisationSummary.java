package uk.gov.tca.partner.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganisationSummary", description = "An organisation on the register, by id, name, type and status; "
        + "read GET /organisations/{id} for the rest")
public record OrganisationSummary(
        @Schema(description = "The organisation's id: its org-id, or the register's internal id",
                example = "GB-LAE-MSU")
        String id,
        @Schema(description = "The legal name", example = "Mid Suffolk District Council") String legalName,
        @Schema(description = "The name in everyday use; absent when none is recorded", example = "Mid Suffolk")
        String commonName,
        @Schema(description = "What the organisation is", example = "DISTRICT") OrganisationType type,
        @Schema(description = "ACTIVE or ABOLISHED", example = "ACTIVE") OrganisationStatus status) {

    public static OrganisationSummary of(Organisation o) {
        return new OrganisationSummary(o.id, o.legalName, o.commonName, o.type, o.status);
    }
}
