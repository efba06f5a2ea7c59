package uk.gov.tca.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import uk.gov.tca.platform.feed.Outbox;

/**
 * The register's events on its change feed: links between organisations recorded or changed (a relation, a
 * collaboration's members, an organisation's successors), each written in the transaction of the change, so that a
 * service that depends on those links (conflicts of interest in the scoring-service) hears of every one.
 */
@ApplicationScoped
public class RegisterFeed {

    /** CloudEvents type prefix of this service's events. */
    public static final String TYPE_PREFIX = "uk.gov.tca.partner.";

    private final Outbox outbox;

    public RegisterFeed(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String kind, String subject, Map<String, Object> data) {
        outbox.publish(TYPE_PREFIX + kind, subject, data);
    }
}
