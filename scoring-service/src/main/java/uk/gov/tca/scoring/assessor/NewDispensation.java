package uk.gov.tca.scoring.assessor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.platform.validation.Identifiers;

/** A dispensation as a programme manager grants it; when and by whom are the service's to record. */
@Schema(name = "NewDispensation", description = "A dispensation as a programme manager grants it: for an organisation "
        + "or a bid (name at least one), with the reason and an expiry date not in the past. When and by whom are the "
        + "service's to record.")
public record NewDispensation(
        @Size(max = 80) @Pattern(regexp = Identifiers.PATTERN, message = Identifiers.MESSAGE)
        @Schema(description = "The organisation whose conflicts it lifts, by its register id; organisationId or bidId "
                + "is required", example = "GB-LAE-CHR")
        String organisationId,
        @Size(max = 40) @Pattern(regexp = Identifiers.PATTERN, message = Identifiers.MESSAGE)
        @Schema(description = "The bid whose conflicts it lifts; organisationId or bidId is required",
                example = "bid-7c2e4d1a-93b5-4f60-8a2d-5e1f0b6c9d34")
        String bidId,
        @NotBlank @Size(min = 10, max = 2000) @Schema(description = "Why it is granted: 10 to 2000 characters",
                example = "The supplier's contract is not part of this bid")
        String reason,
        @NotNull @Schema(description = "The last day it covers (UK date): today or later", example = "2014-03-31") LocalDate expires) {
}
