package uk.gov.tca.scoring.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import uk.gov.tca.platform.problem.ProblemException;

/**
 * The bid-service as this service relies on it, bounded in time and retried where a retry is safe (reads,
 * and grants, revocations and decisions, which the bid-service makes idempotent). When it cannot answer,
 * the caller is told so (503) and nothing here changes.
 */
@ApplicationScoped
public class BidService {

    private static final Logger LOG = Logger.getLogger(BidService.class);

    private final BidServiceClient client;

    public BidService(@RestClient BidServiceClient client) {
        this.client = client;
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = ProblemException.class)
    public void grant(String bidId, String assessor) {
        try {
            client.grant(bidId, assessor);
        } catch (WebApplicationException e) {
            throw answered(e, "grant " + assessor + " access to bid " + bidId);
        }
    }

    /** Access is taken away as soon as it is no longer due; a bid-service that cannot be told is logged, not fatal. */
    public void revokeQuietly(String bidId, String assessor) {
        try {
            client.revoke(bidId, assessor);
        } catch (RuntimeException e) {
            LOG.warnf("could not revoke %s's access to bid %s: %s", assessor, bidId, e.getMessage());
        }
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = ProblemException.class)
    public JsonNode decide(String bidId, String key, BidServiceClient.DecisionInput decision) {
        try {
            return client.decide(bidId, key, decision);
        } catch (WebApplicationException e) {
            throw answered(e, "record the decision on bid " + bidId);
        }
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = ProblemException.class)
    public JsonNode bid(String bidId) {
        try {
            return client.bid(bidId);
        } catch (WebApplicationException e) {
            throw answered(e, "read bid " + bidId);
        }
    }

    /** The bid's appraisal, or nothing when it cannot be had now: a suggestion is a help, not a need. */
    public Optional<BidServiceClient.Appraisal> appraisal(String bidId) {
        try {
            return Optional.ofNullable(client.appraisal(bidId));
        } catch (RuntimeException e) {
            LOG.warnf("no appraisal for bid %s: %s", bidId, e.getMessage());
            return Optional.empty();
        }
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = ProblemException.class)
    public BidServiceClient.Round round(String roundId) {
        try {
            return client.round(roundId);
        } catch (WebApplicationException e) {
            throw answered(e, "read round " + roundId);
        }
    }

    public BidServiceClient.FeedPage feed(long after, int limit) {
        return client.feed(after, limit);
    }

    /** A 4xx from the bid-service is a fact about the request (409: the bid is not open); a 5xx is an outage. */
    private static ProblemException answered(WebApplicationException e, String what) {
        int status = e.getResponse().getStatus();
        if (status == 404) {
            return ProblemException.notFound("The bid-service's record needed to " + what);
        }
        if (status == 409 || status == 422) {
            return ProblemException.conflict("The bid-service would not " + what + " (" + status + ")");
        }
        return ProblemException.unavailable("The bid-service could not " + what + " now; try again shortly", 30);
    }
}
