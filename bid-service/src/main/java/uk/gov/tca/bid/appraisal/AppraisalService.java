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
    public Appraisal of(Caller caller, String bidId) {
        Bid bid = bids.readable(caller, bidId);
        return Appraisal.of(bid, rounds.get(bid.roundId()));
    }
}
