package uk.gov.tca.bid.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.bid.money.Money;
import uk.gov.tca.platform.validation.Identifiers;

/** One organisation's part of a figure shared between several (a saving split three ways, a jointly funded contract). */
@Schema(name = "Share", description = "One organisation's part of a cost or benefit line shared between organisations: "
        + "who pays or who benefits, and how much of the line's figure. The shares of a line should add up to it "
        + "(warning LINE_SHARES_DIFFER otherwise).")
public record Share(
        @Schema(description = "The register id of the organisation whose part it is.", example = "GB-LAE-WOC")
        @NotBlank @Size(max = 80) @Pattern(regexp = Identifiers.PATTERN, message = Identifiers.MESSAGE) String organisationId,
        @Schema(description = "Its part, as written, in pounds sterling whatever its scale; over the line's years as the "
                + "line's figure is.") @NotNull @Valid Money amount) {
}
