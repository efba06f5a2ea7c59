package uk.gov.tca.scoring.intake;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;
import uk.gov.tca.platform.audit.AuditLog;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.scoring.client.BidServiceCalls;

/**
 * Heals this service's record of a round from the bid-service's, for when the feed was not enough (a consumer that
 * missed events before the feed was made safe, a restore from backup): the ids of the bids the bid-service has
 * submitted, in assessment or decided are compared with those held here; what is missing is taken in, what is held
 * here but no longer there is taken out, what is older here is brought up to date. Run on demand and, for every
 * round, shortly after start-up and then every few hours.
 */
@ApplicationScoped
public class Reconciliation {

    private static final Logger LOG = Logger.getLogger(Reconciliation.class);

    private final BidServiceCalls bids;
    private final BidIntake intake;
    private final AuditLog audit;

    public Reconciliation(BidServiceCalls bids, BidIntake intake, AuditLog audit) {
        this.bids = bids;
        this.intake = intake;
        this.audit = audit;
    }

    @Schema(name = "ReconciliationCount", description = "How many of a round's bids one side holds")
    public record Count(@Schema(description = "Bids submitted, in assessment or decided", example = "18") int count) {
    }

    @Schema(name = "Reconciliation", description = "What a round's reconciliation with the bid-service found and did")
    public record Report(
            @Schema(description = "The round reconciled", example = "tca-2013-14") String roundId,
            @Schema(description = "The round's bids the bid-service has submitted, in assessment or decided")
            Count bidService,
            @Schema(description = "The round's bids this service held before the reconciliation") Count scoringBefore,
            @Schema(description = "The round's bids this service holds after it") Count scoringAfter,
            @Schema(description = "Bids the bid-service has that this service did not hold; now taken in") List<String> takenIn,
            @Schema(description = "Bids held here that the bid-service no longer has submitted; now out of assessment")
            List<String> takenOut,
            @Schema(description = "Bids held here at an older version; now as the bid-service has them") List<String> updated,
            @Schema(description = "Bids held here that the bid-service says it does not have: left as they are, and logged")
            List<String> unknownThere) {
    }

    public synchronized Report reconcile(String actor, String roundId) {
        List<JsonNode> published = bids.publishedBidsOf(roundId);
        Map<String, BidFacts> there = new HashMap<>();
        for (JsonNode bid : published) {
            BidFacts facts = BidFacts.fromBid(bid);
            if (roundId.equals(facts.roundId())) {
                there.put(facts.bidId(), facts);
            }
        }
        Map<String, Long> here = new HashMap<>();
        for (BidInRound bid : intake.held(roundId)) {
            here.put(bid.bidId, bid.bidVersion);
        }
        List<String> takenIn = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> takenOut = new ArrayList<>();
        for (String id : new TreeSet<>(there.keySet())) {
            boolean held = here.containsKey(id);
            Long version = here.get(id);
            BidFacts facts = there.get(id);
            if (!held || version == null || facts.version() != null && facts.version() > version) {
                if (apply(actor, facts)) {
                    (held ? updated : takenIn).add(id);
                }
            }
        }
        List<String> unknown = new ArrayList<>();
        for (String id : new TreeSet<>(here.keySet())) {
            if (!there.containsKey(id)) {
                // taken out only on the bid-service's own word of where the bid now stands (a draft, withdrawn), with
                // its version: a bid it does not know at all is reported, never taken out on a 404
                BidFacts now = current(id);
                if (now == null) {
                    unknown.add(id);
                } else if (apply(actor, now)) {
                    takenOut.add(id);
                }
            }
        }
        if (!unknown.isEmpty()) {
            LOG.warnf("round %s: %d bid(s) held here are unknown to the bid-service, left as they are: %s", roundId,
                    unknown.size(), unknown);
        }
        int after = intake.held(roundId).size();
        Report report = new Report(roundId, new Count(there.size()), new Count(here.size()), new Count(after), takenIn,
                takenOut, updated, unknown);
        if (!takenIn.isEmpty() || !takenOut.isEmpty() || !updated.isEmpty()) {
            LOG.infof("round %s reconciled: %d taken in, %d taken out, %d updated", roundId, takenIn.size(), takenOut.size(),
                    updated.size());
            QuarkusTransaction.requiringNew().run(() -> audit.record(actor, "ROUND_RECONCILED", "round", roundId, null, report));
        }
        return report;
    }

    /** Every round the bid-service holds, shortly after start-up and every few hours: a failure waits for the next. */
    @Scheduled(every = "${scoring.reconcile.every:6h}", delayed = "${scoring.reconcile.delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void everyRound() {
        try {
            for (String round : bids.roundIds()) {
                reconcile("reconciliation", round);
            }
        } catch (RuntimeException e) {
            LOG.warnf("rounds not reconciled this time: %s", e.getMessage());
        }
    }

    private boolean apply(String actor, BidFacts facts) {
        return QuarkusTransaction.requiringNew().call(() -> {
            intake.takeTurn();
            return intake.take(actor, facts, null);
        });
    }

    /** The bid as the bid-service has it now, or null when it has no such bid. */
    private BidFacts current(String bidId) {
        try {
            return BidFacts.fromBid(bids.bid(bidId));
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                return null;
            }
            throw e;
        }
    }
}
