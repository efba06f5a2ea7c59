package uk.gov.tca.bid.warnings;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.gov.tca.bid.lifecycle.Bid;
import uk.gov.tca.bid.round.FundingRound;

/**
 * The warnings of a bid as stored, worked out once per version of the bid and of its round. They follow from the
 * two alone, and each changes version with every change, so a version's warnings never go stale; working them
 * out on every read was a fifth of the CPU of reading a bid (deploy/bench step 1). Only for bids read as stored:
 * a bid changed in this transaction has not got its new version yet, and its warnings are worked out afresh.
 */
@ApplicationScoped
public class StoredBidWarnings {

    /** Enough for every bid of a large round, read through a list, several times over. */
    private static final long VERSIONS_KEPT = 20_000;

    private record Version(String bid, long bidVersion, String round, long roundVersion) {
    }

    private final Cache<Version, List<Warning>> warnings = Caffeine.newBuilder().maximumSize(VERSIONS_KEPT).build();

    public List<Warning> of(Bid bid, FundingRound round) {
        return warnings.get(new Version(bid.id(), bid.version, round.id, round.version),
                version -> List.copyOf(BidWarnings.of(bid, round)));
    }
}
