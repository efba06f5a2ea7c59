package uk.gov.tca.platform.feed;

import jakarta.transaction.Transactional;

/**
 * One service's change feed: its events' source and type prefix over the service's {@link Outbox}. A service makes
 * its own a bean (a subclass naming the two), publishes through it and serves it through a {@link FeedEndpoint}.
 */
public abstract class ChangeFeed {

    private final Outbox outbox;
    private final String source;
    private final String typePrefix;

    /** For the container's client proxies only. */
    protected ChangeFeed() {
        this(null, null, null);
    }

    protected ChangeFeed(Outbox outbox, String source, String typePrefix) {
        this.outbox = outbox;
        this.source = source;
        this.typePrefix = typePrefix;
    }

    /** Adds an event of this kind ({@code submitted}) to the feed, in the transaction of the change it tells of. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String kind, String subject, Object data) {
        outbox.publish(typePrefix + kind, subject, data);
    }

    /** The page after a client's cursor, as sent. */
    public FeedPage page(String after, String limit) {
        return FeedPage.read(outbox, source, this::dataSchemaOf, after, limit);
    }

    /** The URI naming the schema of an event type's data in this service's contract; null when it publishes none. */
    protected String dataSchemaOf(String type) {
        return null;
    }
}
