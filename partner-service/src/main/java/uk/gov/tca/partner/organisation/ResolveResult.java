package uk.gov.tca.partner.organisation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.partner.naming.NameMatch;

@Schema(name = "ResolveResult", description = "The candidates for each name sent")
public record ResolveResult(
        @Schema(description = "One entry per name, in the order the names were sent") List<Resolution> results) {

    @Schema(name = "NameResolution", description = "The candidates for one name, best first")
    public record Resolution(
            @Schema(description = "The name as sent", example = "Kings Lynn") String name,
            @Schema(description = "The organisations the name may mean: best score first, then an active organisation "
                    + "before an abolished one, then by legal name; empty when none is close enough")
            List<CandidateView> candidates) {
    }

    @Schema(name = "Candidate", description = "An organisation a written name may mean, and how sure the match is")
    public record CandidateView(
            @Schema(description = "The organisation on the register") OrganisationSummary organisation,
            @Schema(description = "How sure the match is, from 0 to 1 to three decimals: 1 for one of its recorded "
                    + "names, 0.95 for the same name in another style, 0.6 to 0.9 when every word written is in the "
                    + "name, at most 0.9 for a close spelling",
                    minimum = "0", maximum = "1", example = "0.72")
            double score,
            @Schema(description = "The organisation's name (legal, common or alias) that matched best",
                    example = "Borough Council of Kings Lynn and West Norfolk")
            String matchedName,
            @Schema(description = "How the name matched it", example = "PARTIAL") NameMatch match) {
    }
}
