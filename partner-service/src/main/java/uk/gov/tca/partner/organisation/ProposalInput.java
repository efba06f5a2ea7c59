package uk.gov.tca.partner.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation a bidder names that the register does not have, as the bidder knows it. */
@Schema(name = "OrganisationProposal", description = "An organisation the register does not have, proposed by whoever "
        + "needs to name it in a bid: its name, what it is and any identifiers. The register gives it an id and it can "
        + "be named at once, shown as unverified until a programme manager confirms it or merges it into the entry it "
        + "duplicates.")
public record ProposalInput(
        @NotBlank @Size(max = 300) @Schema(description = "The legal name as the proposer knows it.",
                example = "Worcestershire Community Transport Partnership") String legalName,
        @Size(max = 300) @Schema(description = "The name in everyday use, if different.", example = "WCTP") String commonName,
        @NotNull @Schema(description = "What the organisation is.") OrganisationType type,
        @Size(max = 60) @Schema(description = "The UK nation it serves.", example = "England") String nation,
        @Size(max = 100) @Schema(description = "The region it lies in.", example = "West Midlands") String region,
        @Size(max = 20) @Schema(description = "Its identifiers (a charity or company number); one that already names "
                + "an organisation on the register is refused, naming it.")
        List<@NotNull @Valid IdentifierInput> identifiers) {
}
