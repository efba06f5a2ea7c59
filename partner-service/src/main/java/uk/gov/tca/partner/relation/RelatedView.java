package uk.gov.tca.partner.relation;

import uk.gov.tca.partner.organisation.OrganisationSummary;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Related", description = "The organisations linked to one, and every link that makes it so")
public record RelatedView(OrganisationSummary organisation, List<RelatedOrganisation> related) {

    @Schema(name = "RelatedOrganisation")
    public record RelatedOrganisation(OrganisationSummary organisation, List<LinkView> links) {
    }

    @Schema(name = "Link")
    public record LinkView(
            @Schema(description = "RELATION, COLLABORATION or SUCCESSION", example = "RELATION") String kind,
            @Schema(example = "SHARED_WORKFORCE") String type,
            @Schema(description = "TO when the organisation asked about is the relation's from side", example = "TO")
            String direction,
            @Schema(example = "babergh-mid-suffolk-shared-services") String collaborationId,
            String collaborationName,
            LocalDate since,
            LocalDate until) {
    }
}
