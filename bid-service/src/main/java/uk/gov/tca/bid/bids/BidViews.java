package uk.gov.tca.bid.bids;

import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.tca.bid.disclosure.BidDisclosure;
import uk.gov.tca.bid.lifecycle.Bid;
import uk.gov.tca.bid.round.RoundService;
import java.util.List;
import uk.gov.tca.bid.round.FundingRound;
import uk.gov.tca.bid.warnings.BidWarnings;
import uk.gov.tca.bid.warnings.StoredBidWarnings;
import uk.gov.tca.bid.warnings.Warning;
import uk.gov.tca.platform.security.Caller;

/**
 * A bid as a caller is shown it: what of it they may see is {@link BidDisclosure}'s to say (as for each snapshot of its
 * history), with the warnings of its version in its round.
 */
@ApplicationScoped
public class BidViews {

    private final RoundService rounds;
    private final StoredBidWarnings warnings;

    public BidViews(RoundService rounds, StoredBidWarnings warnings) {
        this.rounds = rounds;
        this.warnings = warnings;
    }

    /** A bid read as stored: the warnings of its version, worked out once. */
    public BidView of(Bid b, Caller caller) {
        FundingRound round = rounds.get(b.roundId());
        return view(b, caller, warnings.of(b, round));
    }

    /**
     * A bid just changed, its transaction not yet committed: its warnings worked out afresh and not kept, since a
     * change that fails to commit would otherwise leave warnings for a version that never was.
     */
    public BidView changed(Bid b, Caller caller) {
        return view(b, caller, BidWarnings.of(b, rounds.get(b.roundId())));
    }

    private BidView view(Bid b, Caller caller, List<Warning> shown) {
        BidDisclosure.Audience audience = BidDisclosure.audience(caller, b);
        return new BidView(b.id(), b.roundId(), b.title(), b.status(), b.leadOrganisationId(), b.awardType(),
                b.fallbackAwardType(), b.amountSought(), b.fallbackAmount(), b.participants(),
                BidDisclosure.content(audience, b.content()), b.decision(),
                shown, b.submittedAt(), b.version, b.createdAt, b.createdBy,
                b.updatedAt, b.updatedBy);
    }
}
