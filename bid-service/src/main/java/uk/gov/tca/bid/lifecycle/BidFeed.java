package uk.gov.tca.bid.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.tca.platform.feed.ChangeFeed;
import uk.gov.tca.platform.feed.Outbox;

/**
 * The bid-service's change feed: one event per public change of a bid, in the transaction of the change, each naming
 * the schema of its data ({@link BidEvent#ON_THE_FEED}).
 */
@ApplicationScoped
public class BidFeed extends ChangeFeed {

    /** CloudEvents type prefix of this service's events. */
    public static final String TYPE_PREFIX = "uk.gov.tca.bid.";

    /** How an event's dataschema names its schema in this service's contract: this, then the schema's name. */
    public static final String SCHEMA_PREFIX = "urn:tca:schema:bid-service:";

    public BidFeed(Outbox outbox) {
        super(outbox, "/bid-service", TYPE_PREFIX);
    }

    @Override
    protected String dataSchemaOf(String type) {
        String schema = type.startsWith(TYPE_PREFIX) ? BidEvent.schemaOf(type.substring(TYPE_PREFIX.length())) : null;
        return schema == null ? null : SCHEMA_PREFIX + schema;
    }
}
