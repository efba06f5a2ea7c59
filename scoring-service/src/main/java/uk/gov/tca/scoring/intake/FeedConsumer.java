package uk.gov.tca.scoring.intake;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.scoring.client.BidServiceCalls;
import uk.gov.tca.scoring.client.Feed;

/**
 * Reads the bid-service change feed (see {@link FeedFollower}): submitted bids enter assessment; a withdrawn or
 * returned bid leaves it and its assessors lose access; a decided bid is closed; a bid whose organisations
 * changed has its assessors checked for conflicts again. Each event is read as its type declares it ({@link BidEvent})
 * and taken in through {@link BidIntake}, which applies only what is newer than what this service holds.
 */
@ApplicationScoped
public class FeedConsumer {

    static final String FEED = "bid-service";
    private static final Logger LOG = Logger.getLogger(FeedConsumer.class);

    private final BidServiceCalls bids;
    private final BidIntake intake;
    private final FeedFollower follower;

    public FeedConsumer(BidServiceCalls bids, BidIntake intake, Clock clock,
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
            Optional<BidEvent> read = read(event);
            if (read.isEmpty()) {
                continue;
            }
            // an event that enters or keeps a bid in its round must name the round: one that does not is read back
            BidFacts facts = read.get().placesInRound() ? inRound(event, read.get())
                    : BidFacts.of(event.subject(), read.get(), event.time());
            if (facts != null) {
                intake.take("feed", facts, event.cursor());
            }
        }
    }

    /** The event as its type declares it; empty for a type this service has no use for, or one naming no bid. */
    private Optional<BidEvent> read(Feed.Event event) {
        if (event.subject() == null || event.data() == null || !event.data().isObject()) {
            if (event.type() != null && event.type().startsWith(BidEvent.PREFIX)) {
                LOG.warnf("feed event %s (%s) names no bid or carries no data: passed over", event.id(), event.type());
            }
            return Optional.empty();
        }
        return BidEvent.read(event.type(), event.data());
    }

    /**
     * What the event says of its bid. An event that names no round (the bid-service always sends one, but a consumer
     * does not take that on trust: it would enter the bid in round "") is filled from the bid-service's own record.
     * A bid it no longer has is passed over; when it cannot answer, the page is left for the next reading.
     */
    private BidFacts inRound(Feed.Event event, BidEvent read) {
        BidFacts facts = BidFacts.of(event.subject(), read, event.time());
        if (facts.complete()) {
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
