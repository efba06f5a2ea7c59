package uk.gov.tca.partner.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.partner.domain.Organisation;
import uk.gov.tca.partner.domain.OrganisationStatus;
import uk.gov.tca.partner.domain.OrganisationType;

@Schema(name = "OrganisationSummary")
public record OrganisationSummary(
        @Schema(example = "GB-LAE-MSU") String id,
        @Schema(example = "Mid Suffolk District Council") String legalName,
        @Schema(example = "Mid Suffolk") String commonName,
        @Schema(example = "DISTRICT") OrganisationType type,
        @Schema(example = "ACTIVE") OrganisationStatus status) {

    static OrganisationSummary of(Organisation o) {
        return new OrganisationSummary(o.id, o.legalName, o.commonName, o.type, o.status);
    }
}
