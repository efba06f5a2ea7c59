package uk.gov.tca.bid.bids;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.bid.content.BidContent;
import uk.gov.tca.bid.lifecycle.BidStatus;
import uk.gov.tca.bid.lifecycle.Decision;
import uk.gov.tca.bid.money.Money;
import uk.gov.tca.bid.participation.Participant;
import uk.gov.tca.bid.warnings.Warning;

/** A bid as its reader may see it ({@link BidViews}), its content's fields beside the rest. */
@Schema(name = "Bid", description = "A bid as its reader may see it, with the warnings its figures raise. Every amount "
        + "is in pounds sterling whatever its scale.")
public record BidView(
        @Schema(description = "The bid's id.", example = "bid-5b0e3f52-8c1d-4a8e-9f3a-1d2c3b4a5e6f") String id,
        @Schema(description = "The round the bid is in.", example = "tca-2013-14") String roundId,
        @Schema(description = "The bid's title.", example = "Transformation challenge award – a Transformational approach "
                + "to sharing local authority services between Babergh and Mid Suffolk District Councils") String title,
        @Schema(description = "Where the bid is in its life.") BidStatus status,
        @Schema(description = "The register id of the lead organisation, whose bidders change, submit and withdraw it.",
                example = "GB-LAE-BAB") String leadOrganisationId,
        @Schema(description = "The code of the award type the bid is for.", example = "AUTHORITY_AWARD") String awardType,
        @Schema(description = "A second award type the bid would accept instead.", example = "AUTHORITY_AWARD")
        String fallbackAwardType,
        @Schema(description = "The award the bid seeks, in pounds sterling; absent when it states none.")
        Money amountSought,
        @Schema(description = "What the bid would accept under its fallback award type, in pounds sterling.")
        Money fallbackAmount,
        @Schema(description = "The organisations taking part, the lead first unless the bid listed it elsewhere.")
        List<Participant> participants,
        @JsonUnwrapped BidContent content,
        @Schema(description = "The funding decision, once the bid is DECIDED.") Decision decision,
        @Schema(description = "What the bid's figures say that does not add up; never blocks saving") List<Warning> warnings,
        @Schema(description = "When the bid was submitted (UTC); absent for a draft.", example = "2013-07-12T12:00:00Z")
        Instant submittedAt,
        @Schema(description = "The bid's version, which its ETag carries; it goes up by one with every change.",
                example = "3") long version,
        @Schema(description = "When the bid was started (UTC).", example = "2013-07-01T09:12:00Z") Instant createdAt,
        @Schema(description = "Who started it (a bidder's user name; for an imported bid the programme manager).",
                example = "bidder.babergh") String createdBy,
        @Schema(description = "When the bid last changed (UTC).", example = "2013-07-12T12:00:00Z") Instant updatedAt,
        @Schema(description = "Who changed it last.", example = "bidder.babergh") String updatedBy) {
}
