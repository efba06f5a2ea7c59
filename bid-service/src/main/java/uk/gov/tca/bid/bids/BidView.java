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
@Schema(name = "Bid")
public record BidView(String id, String roundId, String title, BidStatus status, String leadOrganisationId,
        String awardType, String fallbackAwardType, Money amountSought, Money fallbackAmount,
        List<Participant> participants, @JsonUnwrapped BidContent content, Decision decision,
        @Schema(description = "What the bid's figures say that does not add up; never blocks saving") List<Warning> warnings,
        Instant submittedAt, long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
}
