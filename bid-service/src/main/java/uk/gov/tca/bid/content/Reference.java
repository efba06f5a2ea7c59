package uk.gov.tca.bid.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.platform.validation.Identifiers;

/**
 * A reference a proposal is known by elsewhere — a council's business-planning code, the funder's bid number, a
 * committee report's item — kept as written and found by the bids list's {@code reference} filter, whatever its case.
 */
@Schema(name = "Reference", description = "A reference the proposal is known by elsewhere, kept as written. The bids "
        + "list finds a bid by any of its references (filter reference, case and surrounding spaces ignored).")
public record Reference(
        @Schema(description = "What kind of reference: BUSINESS_PLANNING (a council's own planning code), FUNDER (the "
                + "funder's bid or application number), COMMITTEE_REPORT (a report or agenda item), OTHER.")
        @NotNull Kind kind,
        @Schema(description = "The reference as written.", example = "FF-ASC-07") @NotBlank @Size(max = 100) String value,
        @Schema(description = "The register id of the organisation that issued it, when known.", example = "GB-LAE-WOR")
        @Size(max = 80) @Pattern(regexp = Identifiers.PATTERN, message = Identifiers.MESSAGE) String issuedBy,
        @Schema(description = "What the reference is, in words (\"Cabinet report, item 7\").",
                example = "Future Fit proposal sheet") @Size(max = 300) String label) {

    @Schema(name = "ReferenceKind", description = "BUSINESS_PLANNING, FUNDER, COMMITTEE_REPORT or OTHER.")
    public enum Kind { BUSINESS_PLANNING, FUNDER, COMMITTEE_REPORT, OTHER }

    /** What the reference filter compares: the value without surrounding spaces, in lower case. */
    static String key(String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }
}
