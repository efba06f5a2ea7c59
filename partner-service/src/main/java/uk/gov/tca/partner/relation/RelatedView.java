package uk.gov.tca.partner.relation;

import uk.gov.tca.partner.organisation.OrganisationSummary;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Related", description = "The organisations linked to one, and every link that makes it so")
public record RelatedView(
        @Schema(description = "The organisation asked about") OrganisationSummary organisation,
        @Schema(description = "Every organisation linked to it today, by legal name; empty when none is")
        List<RelatedOrganisation> related) {

    @Schema(name = "RelatedOrganisation", description = "An organisation linked to the one asked about, and how")
    public record RelatedOrganisation(
            @Schema(description = "The linked organisation") OrganisationSummary organisation,
            @Schema(description = "Every link between the two: relations first, then collaborations, then succession")
            List<LinkView> links) {
    }

    @Schema(name = "Link", description = "One reason two organisations are related; a field that does not apply is "
            + "left out")
    public record LinkView(
            @Schema(description = "What links them: RELATION (recorded on either side), COLLABORATION (both current "
                    + "members of one) or SUCCESSION (one took over from the other)",
                    enumeration = {"RELATION", "COLLABORATION", "SUCCESSION"}, example = "RELATION")
            String kind,
            @Schema(description = "For a RELATION its type (PART_OF, SHARED_WORKFORCE …); MEMBER for a COLLABORATION; "
                    + "for SUCCESSION, SUCCESSOR when the linked organisation took over from the one asked about and "
                    + "PREDECESSOR when the one asked about took over from it", example = "SHARED_WORKFORCE")
            String type,
            @Schema(description = "TO when the link reads from the organisation asked about to the linked one (it is "
                    + "the relation's from side, or the predecessor), FROM the other way; absent for a collaboration",
                    enumeration = {"TO", "FROM"}, example = "TO")
            String direction,
            @Schema(description = "For a COLLABORATION, the collaboration's id",
                    example = "babergh-mid-suffolk-shared-services")
            String collaborationId,
            @Schema(description = "For a COLLABORATION, the collaboration's name",
                    example = "Babergh and Mid Suffolk shared services")
            String collaborationName,
            @Schema(description = "When the link began: the relation's since, or the linked member's; for SUCCESSION "
                    + "the predecessor's end date; absent when not known", example = "2011-01-01")
            LocalDate since,
            @Schema(description = "When the link ends: the relation's until, or the linked member's; absent while "
                    + "open-ended (always for SUCCESSION)", example = "2016-03-31")
            LocalDate until) {
    }
}
