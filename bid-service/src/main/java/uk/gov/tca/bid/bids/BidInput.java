package uk.gov.tca.bid.bids;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.bid.content.BidContent;
import uk.gov.tca.bid.lifecycle.BidDraft;
import uk.gov.tca.bid.money.Money;
import uk.gov.tca.bid.participation.Participant;
import uk.gov.tca.bid.participation.ParticipantRole;

/**
 * What a council writes in a bid: what it asks for, who takes part, and its content (whose fields sit beside these).
 * The lead is the caller's organisation; status, verification, version and audit fields are the service's own, and a
 * body naming them is refused.
 */
@Schema(name = "BidInput")
public record BidInput(
        @NotBlank @Size(max = 80) @Schema(example = "tca-2013-14") String roundId,
        @NotBlank @Size(max = 500) @Schema(example = "A transformational approach to sharing services") String title,
        @Size(max = 60) @Schema(example = "AUTHORITY_AWARD") String awardType,
        @Size(max = 60) String fallbackAwardType,
        @Valid Money amountSought,
        @Valid Money fallbackAmount,
        @Size(max = 200) List<@NotNull @Valid ParticipantInput> participants,
        @JsonUnwrapped @Valid BidContent content) {

    @Schema(name = "ParticipantInput")
    public record ParticipantInput(
            @Size(max = 80) @Schema(example = "GB-LAE-MSU",
                    description = "The register's id; leave it out to have nameAsWritten resolved by the register")
            String organisationId,
            @Size(max = 300) @Schema(example = "Mid Suffolk District Council") String nameAsWritten,
            @NotEmpty @Size(max = 11) Set<@NotNull ParticipantRole> roles,
            @Valid Money share,
            @Size(max = 80) String onBehalfOf,
            boolean jointAndSeveral) {

        Participant participant() {
            return new Participant(organisationId == null ? null : organisationId.strip(), nameAsWritten, roles, share,
                    onBehalfOf, jointAndSeveral, false);
        }
    }

    /** The bid as the council proposes it. */
    BidDraft draft() {
        List<Participant> named = participants == null ? List.of()
                : participants.stream().map(ParticipantInput::participant).toList();
        return new BidDraft(roundId, title, awardType, fallbackAwardType, amountSought, fallbackAmount, named, content);
    }
}
