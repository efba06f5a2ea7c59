package uk.gov.tca.partner.feed;

import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.tca.platform.feed.ChangeFeed;
import uk.gov.tca.platform.feed.Outbox;

/**
 * The register's events on its change feed: links between organisations recorded or changed (a relation, a
 * collaboration's members, an organisation's successors), each written in the transaction of the change, so that a
 * service that depends on those links (conflicts of interest in the scoring-service) hears of every one.
 */
@ApplicationScoped
public class RegisterFeed extends ChangeFeed {

    public RegisterFeed(Outbox outbox) {
        super(outbox, "/partner-service", "uk.gov.tca.partner.");
    }
}
