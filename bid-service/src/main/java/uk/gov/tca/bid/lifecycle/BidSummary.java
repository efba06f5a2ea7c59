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
// No schema of its own: its fields are written into each feed event's data (@JsonUnwrapped), described here once.
public record BidSummary(
        @Schema(description = "The bid's id.", example = "bid-5b0e3f52-8c1d-4a8e-9f3a-1d2c3b4a5e6f") String bidId,
        @Schema(description = "The round the bid is in.", example = "tca-2013-14") String roundId,
        @Schema(description = "The bid's status after the change.") BidStatus status,
        @Schema(description = "The bid's title.", example = "Transformation challenge award – a Transformational approach "
                + "to sharing local authority services between Babergh and Mid Suffolk District Councils") String title,
        @Schema(description = "The register id of the lead organisation.", example = "GB-LAE-BAB") String leadOrganisationId,
        @Schema(description = "The lead, every participant and those bid on behalf of") List<String> organisations,
        @Schema(description = "The amount the bid seeks, in pounds sterling whatever its scale; absent when the bid states "
                + "none.") Money amountSought,
        @Schema(description = "The bid's version after the change: apply an event over what you hold only when its "
                + "version is higher.", example = "3") long version,
        @Schema(description = "When the bid was submitted (UTC); absent for a bid returned to draft.",
                example = "2013-07-12T12:00:00Z") Instant submittedAt) {

    public BidSummary {
        organisations = List.copyOf(organisations);
    }
}
