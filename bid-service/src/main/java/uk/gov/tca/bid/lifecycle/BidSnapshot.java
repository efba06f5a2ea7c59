package uk.gov.tca.bid.lifecycle;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import uk.gov.tca.bid.content.BidContent;
import uk.gov.tca.bid.money.Money;
import uk.gov.tca.bid.participation.Participant;

/** The whole of a bid at one moment, as its audit record keeps it (the content's fields alongside the rest). */
public record BidSnapshot(String id, String roundId, String title, BidStatus status, String leadOrganisationId,
        String awardType, String fallbackAwardType, Money amountSought, Money fallbackAmount,
        List<Participant> participants, @JsonUnwrapped BidContent content, Decision decision, Instant submittedAt,
        long version) {
}
