package uk.gov.tca.partner.organisation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.partner.naming.NameMatch;

@Schema(name = "ResolveResult")
public record ResolveResult(List<Resolution> results) {

    @Schema(name = "NameResolution", description = "The candidates for one name, best first")
    public record Resolution(@Schema(example = "Kings Lynn") String name, List<CandidateView> candidates) {
    }

    @Schema(name = "Candidate")
    public record CandidateView(
            OrganisationSummary organisation,
            @Schema(description = "0 to 1; 1 is a recorded name or alias", example = "0.72") double score,
            @Schema(example = "Borough Council of Kings Lynn and West Norfolk") String matchedName,
            @Schema(example = "PARTIAL") NameMatch match) {
    }
}
