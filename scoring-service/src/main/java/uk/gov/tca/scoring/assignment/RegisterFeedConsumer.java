package uk.gov.tca.scoring.assignment;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import uk.gov.tca.scoring.intake.FeedFollower;
import uk.gov.tca.scoring.client.Feed;
import uk.gov.tca.scoring.client.RegisterFeedClient;

/**
 * Reads the partner-service's change feed: when links between organisations are recorded (a relation, a
 * collaboration's members, a successor), a new conflict of interest may have arisen, so every live assignment is
 * checked again — once per page of events, however many links it holds — and those now conflicted end.
 */
@ApplicationScoped
public class RegisterFeedConsumer {

    static final String FEED = "partner-service";
    private static final Logger LOG = Logger.getLogger(RegisterFeedConsumer.class);

    private final AssignmentService assignments;
    private final FeedFollower follower;

    public RegisterFeedConsumer(@RestClient RegisterFeedClient register, AssignmentService assignments, Clock clock,
            @ConfigProperty(name = "scoring.feed.batch") int batch) {
        this.assignments = assignments;
        this.follower = new FeedFollower(FEED, register::feed, batch, clock);
    }

    @Scheduled(every = "${scoring.feed.every}", delayed = "4s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            LOG.warnf("partner-service feed not read this time: %s", e.getMessage());
        }
    }

    public synchronized int catchUp() {
        return follower.catchUp(this::apply);
    }

    private void apply(List<Feed.Event> events) {
        boolean linksAdded = events.stream().anyMatch(e -> e.kind().endsWith("-recorded") || e.kind().endsWith("-changed"));
        if (linksAdded) {
            int ended = assignments.revokeConflictedEverywhere("register-feed").size();
            if (ended > 0) {
                LOG.infof("%d assignment(s) ended: the register's new links conflict their assessors", ended);
            }
        }
    }
}
