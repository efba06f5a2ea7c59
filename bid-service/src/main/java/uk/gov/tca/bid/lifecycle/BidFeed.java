package uk.gov.tca.bid.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.tca.platform.feed.ChangeFeed;
import uk.gov.tca.platform.feed.Outbox;

/** The bid-service's change feed: one event per public change of a bid, in the transaction of the change. */
@ApplicationScoped
public class BidFeed extends ChangeFeed {

    /** CloudEvents type prefix of this service's events. */
    public static final String TYPE_PREFIX = "uk.gov.tca.bid.";

    public BidFeed(Outbox outbox) {
        super(outbox, "/bid-service", TYPE_PREFIX);
    }
}
