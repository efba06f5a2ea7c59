package uk.gov.tca.bid.bids;

import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.tca.bid.disclosure.BidDisclosure;
import uk.gov.tca.bid.lifecycle.Bid;
import uk.gov.tca.bid.round.RoundService;
import uk.gov.tca.bid.warnings.StoredBidWarnings;
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

    public BidView of(Bid b, Caller caller) {
        BidDisclosure.Audience audience = BidDisclosure.audience(caller, b);
        return new BidView(b.id(), b.roundId(), b.title(), b.status(), b.leadOrganisationId(), b.awardType(),
                b.fallbackAwardType(), b.amountSought(), b.fallbackAmount(), b.participants(),
                BidDisclosure.content(audience, b.content()), b.decision(),
                warnings.of(b, rounds.get(b.roundId())), b.submittedAt(), b.version, b.createdAt, b.createdBy,
                b.updatedAt, b.updatedBy);
    }
}
