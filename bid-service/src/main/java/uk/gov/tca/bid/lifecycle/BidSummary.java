package uk.gov.tca.bid.lifecycle;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.bid.money.Money;

/**
 * What every event says of its bid, as it stands after the change: enough for a consumer to keep its own record of
 * the bid without reading it back. {@code version} is the bid's: a consumer applies a newer one over an older, never
 * the other way round.
 */
@Schema(name = "BidSummary")
public record BidSummary(
        @Schema(example = "bid-1f0c…") String bidId,
        @Schema(example = "tca-2013-14") String roundId,
        BidStatus status,
        String title,
        @Schema(example = "GB-LAE-BAB") String leadOrganisationId,
        @Schema(description = "The lead, every participant and those bid on behalf of") List<String> organisations,
        Money amountSought,
        long version,
        Instant submittedAt) {

    public BidSummary {
        organisations = List.copyOf(organisations);
    }
}
