package uk.gov.tca.partner.feed;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.tca.platform.feed.ChangeFeed;
import uk.gov.tca.platform.feed.FeedEndpoint;
import uk.gov.tca.platform.feed.Outbox;

/**
 * The register's change feed: links between organisations recorded or changed (relation-recorded,
 * relation-removed, collaboration-changed, organisation-changed), as CloudEvents in the order their transactions
 * made them visible (see {@link Outbox}). The scoring-service follows it to re-check conflicts of interest.
 */
@Path("/feed")
@Tag(name = "feed", description = "The register's durable, resumable change feed of the links between organisations, "
        + "as CloudEvents JSON: uk.gov.tca.partner.relation-recorded and relation-removed (data: the relation), "
        + "collaboration-changed (data: the collaboration and its members) and organisation-changed (data: the "
        + "organisation's id and successors), each in the order its change became visible. For the TCA services' own "
        + "accounts, integrators and programme managers; the scoring-service follows it to check conflicts of interest "
        + "again. Not routed by the gateway.")
public class FeedResource extends FeedEndpoint {

    private final RegisterFeed feed;

    public FeedResource(RegisterFeed feed) {
        this.feed = feed;
    }

    @Override
    protected ChangeFeed changeFeed() {
        return feed;
    }
}
