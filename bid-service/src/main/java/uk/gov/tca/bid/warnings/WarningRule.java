package uk.gov.tca.bid.warnings;

import java.util.List;
import java.util.function.BiFunction;
import uk.gov.tca.bid.lifecycle.Bid;
import uk.gov.tca.bid.round.FundingRound;

/** A warning rule: the warnings it raises for a bid in its round; none when the bid's figures hold. */
public interface WarningRule extends BiFunction<Bid, FundingRound, List<Warning>> {
}
