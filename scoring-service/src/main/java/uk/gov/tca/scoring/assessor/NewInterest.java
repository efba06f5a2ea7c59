package uk.gov.tca.scoring.assessor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.platform.validation.Identifiers;

/** An interest as an assessor declares it; when it was declared is the service's to record. */
@Schema(name = "NewInterest", description = "An interest as an assessor declares it: in an organisation or a bid (name "
        + "at least one), with its nature in words. When it was declared is the service's to record.")
public record NewInterest(
        @NotNull @Schema(description = "Which kind of interest") Interest.Type type,
        @Size(max = 80) @Pattern(regexp = Identifiers.PATTERN, message = Identifiers.MESSAGE)
        @Schema(description = "The organisation the interest is in, by its register id (a 360Giving org-id); "
                + "organisationId or bidId is required", example = "GB-LAE-CHR")
        String organisationId,
        @Size(max = 40) @Pattern(regexp = Identifiers.PATTERN, message = Identifiers.MESSAGE)
        @Schema(description = "The bid the interest is in, by its id in the bid-service; organisationId or bidId is "
                + "required", example = "bid-7c2e4d1a-93b5-4f60-8a2d-5e1f0b6c9d34")
        String bidId,
        @Schema(description = "Whose interest it is; absent: SELF") Interest.Holder holder,
        @NotBlank @Size(min = 10, max = 2000) @Schema(description = "What the interest is: 10 to 2000 characters that say "
                + "its nature; words that only say it exists (\"as noted\", \"as recorded\", \"see register\") are "
                + "refused", example = "Spouse is a director of a company contracted to Cherwell District Council for "
                + "ICT support")
        String nature,
        @Schema(description = "When the interest arose; optional", example = "2012-09-01") LocalDate arose) {
}
