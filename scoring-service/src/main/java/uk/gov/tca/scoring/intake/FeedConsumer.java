package uk.gov.tca.scoring.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.gov.tca.platform.audit.AuditLog;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.scoring.assignment.Assignment;
import uk.gov.tca.scoring.client.BidService;
import uk.gov.tca.scoring.client.BidServiceClient;

/**
 * Reads the bid-service change feed from where it last stopped (the cursor is in this service's database,
 * moved in the same transaction as the changes an event makes), so a scoring-service that was down catches
 * up and no event is applied twice. Submitted bids enter assessment; a withdrawn or returned bid leaves it
 * and its assessors lose access; a decided bid is closed.
 */
@ApplicationScoped
public class FeedConsumer {

    static final String FEED = "bid-service";
    private static final Logger LOG = Logger.getLogger(FeedConsumer.class);

    private final BidService bids;
    private final AuditLog audit;
    private final Clock clock;
    private final int batch;

    public FeedConsumer(BidService bids, AuditLog audit, Clock clock, @ConfigProperty(name = "scoring.feed.batch") int batch) {
        this.bids = bids;
        this.audit = audit;
        this.clock = clock;
        this.batch = batch;
    }

    @Scheduled(every = "${scoring.feed.every}", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            LOG.warnf("bid-service feed not read this time: %s", e.getMessage());
        }
    }

    /** Reads until the feed has nothing newer; returns how many events were applied. */
    public synchronized int catchUp() {
        int applied = 0;
        while (true) {
            long position = QuarkusTransaction.requiringNew().call(this::position);
            BidServiceClient.FeedPage page = bids.feed(position, batch);
            if (page.events() == null || page.events().isEmpty()) {
                return applied;
            }
            List<Revocation> revocations = new ArrayList<>();
            QuarkusTransaction.requiringNew().run(() -> {
                for (BidServiceClient.Event event : page.events()) {
                    apply(event, revocations);
                }
                FeedCursor cursor = FeedCursor.findById(FEED);
                cursor.position = Long.parseLong(page.next());
                cursor.updatedAt = clock.instant();
            });
            revocations.forEach(r -> bids.revokeQuietly(r.bidId(), r.assessor()));
            applied += page.events().size();
        }
    }

    private long position() {
        FeedCursor cursor = FeedCursor.findById(FEED);
        if (cursor == null) {
            cursor = new FeedCursor();
            cursor.feed = FEED;
            cursor.position = 0;
            cursor.updatedAt = clock.instant();
            cursor.persist();
        }
        return cursor.position;
    }

    private record Revocation(String bidId, String assessor) {
    }

    /**
     * What a bid entering assessment is, as its event says; an event that names no round (the bid-service always
     * sends one, but a consumer does not take that on trust: it would enter the bid in round "") is filled from
     * the bid-service's own record. A bid it no longer has is passed over; when it cannot answer, the batch is
     * left for the next reading.
     */
    private JsonNode facts(String bidId, JsonNode data) {
        if (!data.path("roundId").asText("").isBlank()) {
            return data;
        }
        LOG.warnf("feed event for bid %s names no round: reading the bid from the bid-service", bidId);
        JsonNode bid;
        try {
            bid = bids.bid(bidId);
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                LOG.warnf("bid %s is not in the bid-service: its feed event is passed over", bidId);
                return null;
            }
            throw e;
        }
        ObjectNode facts = JsonNodeFactory.instance.objectNode();
        facts.put("roundId", bid.path("roundId").asText());
        facts.put("title", bid.path("title").asText());
        facts.set("leadOrganisationId", bid.path("leadOrganisationId"));
        ArrayNode organisations = facts.putArray("organisations");
        bid.path("participants").forEach(p -> {
            if (p.hasNonNull("organisationId")) {
                organisations.add(p.get("organisationId").asText());
            }
        });
        facts.set("amountSought", bid.path("amountSought"));
        return facts;
    }

    private void apply(BidServiceClient.Event event, List<Revocation> revocations) {
        JsonNode data = event.data();
        String bidId = event.subject();
        long cursor = Long.parseLong(event.cursor());
        BidInRound bid = BidInRound.findById(bidId);
        String kind = event.type().substring(event.type().lastIndexOf('.') + 1);
        switch (kind) {
            case "submitted", "in-assessment" -> {
                data = facts(bidId, data);
                if (data == null) {
                    return;
                }
                if (bid == null) {
                    bid = new BidInRound();
                    bid.bidId = bidId;
                }
                bid.roundId = data.path("roundId").asText();
                bid.title = data.path("title").asText();
                bid.leadOrganisationId = data.path("leadOrganisationId").asText(null);
                List<String> organisations = new ArrayList<>();
                data.path("organisations").forEach(o -> organisations.add(o.asText()));
                bid.organisations = organisations;
                JsonNode amount = data.path("amountSought").path("amount");
                bid.amountSought = amount.isNumber() ? new BigDecimal(amount.asText()) : null;
                if (bid.status != BidInRound.Status.DECIDED) {
                    bid.status = BidInRound.Status.OPEN;
                }
                if (bid.submittedAt == null || "submitted".equals(kind)) {
                    bid.submittedAt = event.time();
                }
            }
            case "withdrawn", "returned" -> {
                if (bid == null) {
                    return;
                }
                bid.status = BidInRound.Status.WITHDRAWN;
                for (Assignment a : Assignment.live(bidId)) {
                    a.end(Assignment.Status.REVOKED, "the bid was " + kind + " by the bid-service", "feed", clock.instant());
                    audit.record("feed", "ASSIGNMENT_REVOKED", "assignment", a.id, null, a.snapshot());
                    revocations.add(new Revocation(bidId, a.assessor));
                }
            }
            case "decided" -> {
                if (bid == null) {
                    return;
                }
                bid.status = BidInRound.Status.DECIDED;
            }
            default -> {
                return;
            }
        }
        bid.lastEventCursor = cursor;
        bid.updatedAt = clock.instant();
        bid.persist();
    }
}
