package uk.gov.tca.bid.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import uk.gov.tca.platform.feed.Outbox;

/** The bid-service's events on its change feed: one per public change of a bid, in the transaction of the change. */
@ApplicationScoped
public class BidFeed {

    /** CloudEvents type prefix of this service's events. */
    public static final String TYPE_PREFIX = "uk.gov.tca.bid.";

    private final Outbox outbox;

    public BidFeed(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String kind, String bidId, Map<String, Object> data) {
        outbox.publish(TYPE_PREFIX + kind, bidId, data);
    }
}
