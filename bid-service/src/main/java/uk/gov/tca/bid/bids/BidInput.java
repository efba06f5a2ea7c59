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
import uk.gov.tca.bid.lifecycle.Bid;

/**
 * What a council writes in a bid: what it asks for, who takes part, and its content (whose fields sit beside these).
 * The lead is the caller's organisation; status, verification, version and audit fields are the service's own, and a
 * body naming them is refused.
 */
@Schema(name = "BidInput", description = "What a council writes in a bid: the round, what it asks for, who takes part, "
        + "and its content. The lead is the caller's organisation; status, verification, consent, version and audit "
        + "fields are the service's own, and a body naming them (or any other unknown field) is refused.")
public record BidInput(
        @NotBlank @Size(max = 80) @Schema(example = "tca-2013-14", description = "The round the bid is to (its id); a "
                + "draft stays in its round.") String roundId,
        @NotBlank @Size(max = 500) @Schema(example = "Transformation challenge award – a Transformational approach to "
                + "sharing local authority services between Babergh and Mid Suffolk District Councils",
                description = "The bid's title as the council writes it.") String title,
        @Size(max = 60) @Schema(example = "AUTHORITY_AWARD", description = "The code of the award type the bid is for, "
                + "one the round offers; required before submission when the round offers any.") String awardType,
        @Size(max = 60) @Schema(example = "AUTHORITY_AWARD", description = "A second award type the bid would accept "
                + "instead (Kingston and Richmond: a major multi-authority award, or else an Authority Award); one the "
                + "round offers.") String fallbackAwardType,
        @Schema(description = "The award the bid seeks, in pounds sterling whatever its scale; required (it may be a "
                + "placeholder) before submission.") @Valid Money amountSought,
        @Schema(description = "What the bid would accept under its fallbackAwardType, in pounds sterling (Kingston and "
                + "Richmond: \"an Authority Award of £500K\").") @Valid Money fallbackAmount,
        @Schema(description = "The organisations taking part and their roles (at most 200), each named once. The lead "
                + "need not be listed: it always takes part as LEAD.")
        @Size(max = 200) List<@NotNull @Valid ParticipantInput> participants,
        @JsonUnwrapped @Valid BidContent content) {

    @Schema(name = "ParticipantInput", description = "An organisation the bid names, with its roles.")
    public record ParticipantInput(
            @Size(max = 80) @Schema(example = "GB-LAE-MSU",
                    description = "The register's id; leave it out to have nameAsWritten resolved by the register")
            String organisationId,
            @Size(max = 300) @Schema(example = "Mid Suffolk District Council", description = "The organisation's name as "
                    + "the bid writes it; resolved to its register id when organisationId is left out (400 when the "
                    + "register cannot resolve it).") String nameAsWritten,
            @NotEmpty @Size(max = 11) @Schema(description = "The parts the organisation plays (at least one, each once). "
                    + "Only the caller's own organisation may be LEAD.") Set<@NotNull ParticipantRole> roles,
            @Valid @Schema(description = "A grant recipient's own share of the award, in pounds sterling whatever its "
                    + "scale.") Money share,
            @Size(max = 80) @Schema(example = "GB-LAE-MAN", description = "The register id of the organisation this one "
                    + "takes part on behalf of (a member of a group another bids for).") String onBehalfOf,
            @Schema(description = "Whether it answers for the award jointly and severally with the other accountable "
                    + "bodies; false when left out (a warning when two accountable bodies are not both marked).")
            boolean jointAndSeveral) {

        Participant participant() {
            return new Participant(organisationId == null ? null : organisationId.strip(), nameAsWritten, roles, share,
                    onBehalfOf, jointAndSeveral, false);
        }
    }

    /** What a full replacement would send to leave the bid as it is: what a merge patch is applied to. */
    static BidInput of(Bid bid) {
        return new BidInput(bid.roundId(), bid.title(), bid.awardType(), bid.fallbackAwardType(), bid.amountSought(),
                bid.fallbackAmount(), bid.participants().stream().map(p -> new ParticipantInput(p.organisationId(),
                        p.nameAsWritten(), p.roles(), p.share(), p.onBehalfOf(), p.jointAndSeveral())).toList(),
                bid.content());
    }

    /** The bid as the council proposes it. */
    BidDraft draft() {
        List<Participant> named = participants == null ? List.of()
                : participants.stream().map(ParticipantInput::participant).toList();
        return new BidDraft(roundId, title, awardType, fallbackAwardType, amountSought, fallbackAmount, named, content);
    }
}
