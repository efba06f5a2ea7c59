package uk.gov.tca.gateway.web.manager;

import java.util.List;
import uk.gov.tca.gateway.web.services.bid.Round;
import uk.gov.tca.gateway.web.services.scoring.BidModeration;

/** The moderation page: the bids whose scores differ past the scheme's thresholds, and every scored bid's spreads. */
public record ModerationView(Round round, List<BidModeration> queue, List<BidModeration> all) {
}
