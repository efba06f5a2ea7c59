package uk.gov.tca.scoring.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.Fallback;
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
public class BidServiceCalls {

    private static final Logger LOG = Logger.getLogger(BidServiceCalls.class);

    private final BidServiceClient client;

    public BidServiceCalls(@RestClient BidServiceClient client) {
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

    /**
     * Takes an assessor's access to a bid away; true once the bid-service holds no such access (a 404: none was
     * left), false when it could not be told now (the caller keeps the revocation to try again).
     */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "revocationNotDelivered")
    public boolean revoke(String bidId, String assessor) {
        try {
            client.revoke(bidId, assessor);
            return true;
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return true;
            }
            LOG.warnf("the bid-service refused to revoke %s's access to bid %s (%d)", assessor, bidId, e.getResponse().getStatus());
            return false;
        }
    }

    boolean revocationNotDelivered(String bidId, String assessor, Throwable cause) {
        LOG.warnf("could not revoke %s's access to bid %s now: %s", assessor, bidId, cause.toString());
        return false;
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

    public Feed.Page feed(String after, int limit) {
        return client.feed(after, limit);
    }

    /** Every bid of the round the bid-service has submitted, in assessment or decided, page by page. */
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    public List<JsonNode> publishedBidsOf(String roundId) {
        List<JsonNode> all = new ArrayList<>();
        try {
            for (int page = 0; ; page++) {
                BidServiceClient.BidPage found = client.bids(roundId, page, 200);
                all.addAll(found.items());
                if (found.items().isEmpty() || (long) (page + 1) * found.size() >= found.total()) {
                    return all;
                }
            }
        } catch (WebApplicationException e) {
            throw answered(e, "list the bids of round " + roundId);
        }
    }

    /** The ids of every round the bid-service holds. */
    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    public List<String> roundIds() {
        List<String> ids = new ArrayList<>();
        try {
            for (int page = 0; ; page++) {
                BidServiceClient.RoundPage found = client.rounds(page, 200);
                found.items().forEach(r -> ids.add(r.id()));
                if (found.items().isEmpty() || (long) (page + 1) * found.size() >= found.total()) {
                    return ids;
                }
            }
        } catch (WebApplicationException e) {
            throw answered(e, "list the rounds");
        }
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
