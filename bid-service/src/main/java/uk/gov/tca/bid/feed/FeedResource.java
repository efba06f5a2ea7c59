package uk.gov.tca.bid.feed;

import uk.gov.tca.bid.lifecycle.BidFeed;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.tca.platform.feed.ChangeFeed;
import uk.gov.tca.platform.feed.FeedEndpoint;
import uk.gov.tca.platform.feed.Outbox;

/**
 * The change feed: what happened to bids once public (submitted, in assessment, withdrawn, returned, decided,
 * participants changed), as CloudEvents, in the order their transactions made them visible. A consumer keeps the
 * cursor of the last event it handled and asks for what came after, so one that was down catches up, and one that
 * reads while bids are being submitted misses nothing (see {@link Outbox}).
 */
@Path("/feed")
@Tag(name = "feed", description = "Durable, resumable change feed of bids (CloudEvents JSON)")
public class FeedResource extends FeedEndpoint {

    private final BidFeed feed;

    public FeedResource(BidFeed feed) {
        this.feed = feed;
    }

    @Override
    protected ChangeFeed changeFeed() {
        return feed;
    }
}
