package uk.gov.tca.bid.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.gov.tca.bid.lifecycle.Bid;
import uk.gov.tca.bid.lifecycle.Bids;
import uk.gov.tca.bid.round.RoundService;
import uk.gov.tca.platform.security.Caller;

/** Appraises the bids a caller may read, each in the terms of its round (discount rate, optimism bias). */
@ApplicationScoped
public class AppraisalService {

    private final Bids bids;
    private final RoundService rounds;

    public AppraisalService(Bids bids, RoundService rounds) {
        this.bids = bids;
        this.rounds = rounds;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Appraisal of(Caller caller, String bidId, String organisation) {
        Bid bid = bids.readable(caller, bidId);
        if (organisation != null && !organisation.isBlank() && !bid.content().sharedWith().contains(organisation.strip())) {
            throw uk.gov.tca.platform.problem.ProblemException.invalid("organisation", "has no part in the bid's figures: "
                    + "the organisations with a part are " + (bid.content().sharedWith().isEmpty() ? "none"
                    : String.join(", ", bid.content().sharedWith())));
        }
        return Appraisal.of(bid, rounds.get(bid.roundId()), organisation == null || organisation.isBlank() ? null
                : organisation.strip());
    }
}
