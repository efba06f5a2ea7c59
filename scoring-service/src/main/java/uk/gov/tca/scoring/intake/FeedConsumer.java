package uk.gov.tca.scoring.intake;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.scoring.client.BidService;
import uk.gov.tca.scoring.client.Feed;

/**
 * Reads the bid-service change feed (see {@link FeedFollower}): submitted bids enter assessment; a withdrawn or
 * returned bid leaves it and its assessors lose access; a decided bid is closed; a bid whose organisations
 * changed has its assessors checked for conflicts again. Each event is taken in through {@link BidIntake}, which
 * applies only what is newer than what this service holds.
 */
@ApplicationScoped
public class FeedConsumer {

    static final String FEED = "bid-service";
    private static final Logger LOG = Logger.getLogger(FeedConsumer.class);
    private static final Set<String> KINDS = Set.of("submitted", "in-assessment", "participants-changed", "withdrawn",
            "returned", "decided");

    private final BidService bids;
    private final BidIntake intake;
    private final FeedFollower follower;

    public FeedConsumer(BidService bids, BidIntake intake, Clock clock,
            @ConfigProperty(name = "scoring.feed.batch") int batch) {
        this.bids = bids;
        this.intake = intake;
        this.follower = new FeedFollower(FEED, bids::feed, batch, clock);
    }

    @Scheduled(every = "${scoring.feed.every}", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            LOG.warnf("bid-service feed not read this time: %s", e.getMessage());
        }
    }

    /** Reads until the feed has nothing newer; returns how many events were read. */
    public synchronized int catchUp() {
        return follower.catchUp(this::apply);
    }

    private void apply(List<Feed.Event> events) {
        intake.takeTurn();
        for (Feed.Event event : events) {
            if (!KINDS.contains(event.kind()) || event.subject() == null || event.data() == null) {
                if (!KINDS.contains(event.kind())) {
                    continue; // kinds this service has no use for
                }
                LOG.warnf("feed event %s (%s) names no bid or carries no data: passed over", event.id(), event.type());
                continue;
            }
            BidFacts facts = facts(event);
            if (facts != null) {
                intake.take("feed", facts.withStatusAfter(event.kind()), event.cursor());
            }
        }
    }

    /**
     * What the event says of its bid. An event that names no round (the bid-service always sends one, but a consumer
     * does not take that on trust: it would enter the bid in round "") is filled from the bid-service's own record.
     * A bid it no longer has is passed over; when it cannot answer, the page is left for the next reading.
     */
    private BidFacts facts(Feed.Event event) {
        BidFacts facts = BidFacts.fromEvent(event.subject(), event.data(), event.time());
        if (facts.complete() || !Set.of("submitted", "in-assessment", "participants-changed").contains(event.kind())) {
            return facts;
        }
        LOG.warnf("feed event for bid %s names no round: reading the bid from the bid-service", event.subject());
        try {
            return BidFacts.fromBid(bids.bid(event.subject()));
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                LOG.warnf("bid %s is not in the bid-service: its feed event is passed over", event.subject());
                return null;
            }
            throw e;
        }
    }
}
