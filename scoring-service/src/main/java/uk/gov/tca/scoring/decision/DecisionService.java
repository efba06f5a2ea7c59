package uk.gov.tca.scoring.decision;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.gov.tca.platform.audit.AuditLog;
import uk.gov.tca.platform.http.ETags;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.platform.security.Caller;
import uk.gov.tca.platform.security.Roles;
import uk.gov.tca.scoring.assignment.AssignmentService;
import uk.gov.tca.scoring.client.BidServiceCalls;
import uk.gov.tca.scoring.client.BidServiceClient;
import uk.gov.tca.scoring.ranking.RankingService;
import uk.gov.tca.scoring.scheme.Scheme;

/**
 * Allocates a round's budget down its ranking, lets a manager override a line with a reason, and publishes
 * the decisions to the bid-service through this service's account. Publishing is safe to repeat: each bid
 * is sent its decision once, and a round once published is not allocated again.
 */
@ApplicationScoped
public class DecisionService {

    /** How a demonstration's decision says so to the bid-service, and so to the council and integrators. */
    static final String DEMONSTRATION = "Demonstration: ";


    private final RankingService rankings;
    private final BidServiceCalls bids;
    private final AssignmentService assignments;
    private final AuditLog audit;
    private final Clock clock;

    public DecisionService(RankingService rankings, BidServiceCalls bids, AssignmentService assignments, AuditLog audit,
            Clock clock) {
        this.rankings = rankings;
        this.bids = bids;
        this.assignments = assignments;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public DecisionSet allocate(String actor, String roundId, DecisionSet.Policy asked, BigDecimal budgetOverride) {
        DecisionSet set = DecisionSet.findById(roundId);
        if (set != null && set.status == DecisionSet.Status.PUBLISHED) {
            throw ProblemException.conflict("the decisions of round " + roundId + " are published");
        }
        if (set != null && set.lines.stream().anyMatch(l -> l.publishedAt() != null)) {
            throw ProblemException.conflict("the decisions of round " + roundId + " are being published (some bids have "
                    + "theirs already): publish again to finish, rather than allocate anew");
        }
        RankingService.Ranking ranking = rankings.rank(roundId);
        List<String> notReady = AllocationReadiness.notReady(ranking);
        AllocationReadiness.require(ranking, notReady, asked.notReadyReason());
        BigDecimal minimumQuality = Scheme.requiredFor(roundId, "its scheme weighs the scores").minimumQualityScore;
        DecisionSet.Policy policy = new DecisionSet.Policy(asked.mode(), asked.minimumShare(), asked.reserveListSize(),
                minimumQuality, notReady.isEmpty() ? null : asked.notReadyReason(), notReady.isEmpty() ? null : notReady,
                asked.note(), asked.demonstration());
        BigDecimal budget = budgetOverride != null ? budgetOverride : ranking.budget();
        List<AllocationPolicy.Allocation> allocations = AllocationPolicy.allocate(ranking.lines().stream()
                .map(l -> new AllocationPolicy.Ranked(l.bidId(), l.amountSought(), l.score())).toList(), budget,
                policy.mode(), policy.minimumShare(), policy.reserveListSize(), minimumQuality);
        Map<String, AllocationPolicy.Allocation> byBid = allocations.stream()
                .collect(Collectors.toMap(AllocationPolicy.Allocation::bidId, Function.identity()));
        List<DecisionLine> lines = ranking.lines().stream().map(l -> {
            AllocationPolicy.Allocation a = byBid.get(l.bidId());
            return new DecisionLine(l.rank(), l.bidId(), l.title(), l.amountSought(), l.score(), a.outcome(),
                    a.amountAwarded(), a.reason(), false, null, null);
        }).toList();
        var before = set == null ? null : set.snapshot();
        if (set == null) {
            set = new DecisionSet();
            set.roundId = roundId;
            set.createdBy(actor, clock.instant());
        } else {
            set.changedBy(actor, clock.instant());
        }
        set.budget = budget;
        set.policy = policy;
        set.lines = lines;
        set.status = DecisionSet.Status.DRAFT;
        set.persistAndFlush();
        audit.record(actor, "DECISIONS_ALLOCATED", "decision-set", roundId, before, set.snapshot());
        return set;
    }

    @Transactional
    public DecisionSet override(String actor, String roundId, String bidId, String ifMatch, AllocationPolicy.Outcome outcome,
            BigDecimal amountAwarded, String reason) {
        DecisionSet set = get(roundId);
        ETags.requireMatch(ifMatch, set.version);
        if (set.status == DecisionSet.Status.PUBLISHED) {
            throw ProblemException.conflict("the decisions of round " + roundId + " are published");
        }
        DecisionLine line = set.lines.stream().filter(l -> l.bidId().equals(bidId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Bid " + bidId + " in the decisions of round " + roundId));
        if (line.publishedAt() != null) {
            throw ProblemException.conflict("the decision on bid " + bidId + " is published: the bid-service holds it");
        }
        boolean awards = outcome == AllocationPolicy.Outcome.FUNDED || outcome == AllocationPolicy.Outcome.PART_FUNDED;
        if (awards && (amountAwarded == null || amountAwarded.signum() <= 0)) {
            throw ProblemException.invalid("amountAwarded", "a " + outcome + " decision awards an amount above £0");
        }
        if (!awards && amountAwarded != null) {
            throw ProblemException.invalid("amountAwarded", "a " + outcome + " decision awards nothing: leave it out");
        }
        if (awards && line.amountSought() != null && amountAwarded.compareTo(line.amountSought()) > 0) {
            throw ProblemException.invalid("amountAwarded", "is more than the bid sought (" + line.amountSought()
                    .toPlainString() + ")");
        }
        if (outcome == AllocationPolicy.Outcome.FUNDED && line.amountSought() != null
                && amountAwarded.compareTo(line.amountSought()) != 0) {
            throw ProblemException.invalid("outcome", "less than the amount sought is PART_FUNDED");
        }
        List<DecisionLine> lines = new ArrayList<>(set.lines);
        lines.set(lines.indexOf(line), new DecisionLine(line.rank(), line.bidId(), line.title(), line.amountSought(),
                line.score(), outcome, amountAwarded, reason, true, actor, null));
        BigDecimal total = lines.stream().map(DecisionLine::amountAwarded).filter(a -> a != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(set.budget) > 0) {
            throw ProblemException.conflict("awards would total " + AllocationPolicy.pounds(total) + ", over the budget of "
                    + AllocationPolicy.pounds(set.budget));
        }
        var before = set.snapshot();
        set.lines = lines;
        set.changedBy(actor, clock.instant());
        set.persistAndFlush();
        audit.record(actor, "DECISION_OVERRIDDEN", "decision-set", roundId, before, set.snapshot());
        return set;
    }

    /**
     * Throws a draft away, overrides and all, so the round reads as never allocated. Nothing published can be: once a
     * line is in the bid-service the set is its record.
     */
    @Transactional
    public void discard(String actor, String roundId, String ifMatch) {
        DecisionSet set = DecisionSet.findById(roundId, LockModeType.PESSIMISTIC_WRITE);
        if (set == null) {
            throw ProblemException.notFound("Decisions of round " + roundId);
        }
        ETags.requireMatch(ifMatch, set.version);
        if (set.status == DecisionSet.Status.PUBLISHED || set.lines.stream().anyMatch(l -> l.publishedAt() != null)) {
            throw ProblemException.conflict("the decisions of round " + roundId + " are published"
                    + (set.status == DecisionSet.Status.PUBLISHED ? "" : " in part") + ": they are the record now, and "
                    + "cannot be discarded");
        }
        var before = set.snapshot();
        set.delete();
        audit.record(actor, "DECISIONS_DISCARDED", "decision-set", roundId, before, null);
    }

    /**
     * A bid the bid-service will not decide is this publication's own earlier attempt only if it holds this line's
     * outcome and amount; anything else (decided otherwise, withdrawn) stops the publication at that bid, naming what
     * the bid-service holds, so a decision is never published over as if it were this set's. What was recorded
     * before it stays recorded; the manager changes the line (or the bid is put right) and publishes again.
     */
    private static void reconcile(String roundId, DecisionLine line, RecordedDecision recorded) {
        if (recorded.sameAs(line)) {
            return;
        }
        throw ProblemException.conflict("Bid " + line.bidId() + " is " + (recorded.decided() ? "decided in the bid-service "
                + "already as " : "") + recorded.describe() + ", not " + line.outcome()
                + (line.amountAwarded() == null ? "" : " " + AllocationPolicy.pounds(line.amountAwarded()))
                + " as the decisions of round " + roundId + " say: change its line to match and publish again; the bids "
                + "before it are published");
    }

    private static boolean sameDecision(DecisionLine a, DecisionLine b) {
        return a.outcome() == b.outcome() && (a.amountAwarded() == null ? b.amountAwarded() == null
                : b.amountAwarded() != null && a.amountAwarded().compareTo(b.amountAwarded()) == 0);
    }

    /** Sends each line to the bid-service; a repeat sends only what was not yet recorded. */
    public DecisionSet publish(String actor, String roundId) {
        DecisionSet set = QuarkusTransaction.requiringNew().call(() -> get(roundId));
        for (DecisionLine line : set.lines) {
            if (line.publishedAt() != null) {
                continue;
            }
            BidServiceClient.Money awarded = line.amountAwarded() == null ? null
                    : new BidServiceClient.Money(line.amountAwarded(), "EXACT", "POUNDS");
            try {
                bids.decide(line.bidId(), "decision-" + roundId + "-" + line.bidId(),
                        new BidServiceClient.DecisionInput(line.outcome().name(), awarded,
                                set.policy.isDemonstration() ? DEMONSTRATION + line.reason() : line.reason()));
            } catch (ProblemException e) {
                if (e.problem().status() != 409) {
                    throw e; // what was recorded so far stays recorded; a retry carries on from here
                }
                reconcile(roundId, line, RecordedDecision.of(bids.bid(line.bidId())));
            }
            QuarkusTransaction.requiringNew().run(() -> {
                // locked: a second manager publishing at the same moment records each line once, not twice
                DecisionSet current = DecisionSet.findById(roundId, LockModeType.PESSIMISTIC_WRITE);
                if (current.lines.stream().anyMatch(l -> l.bidId().equals(line.bidId()) && l.publishedAt() != null)) {
                    return;
                }
                if (current.lines.stream().noneMatch(l -> l.bidId().equals(line.bidId()) && sameDecision(l, line))) {
                    // changed while it was being sent: what the bid-service holds is what was sent, not this line
                    throw ProblemException.conflict("the decision on bid " + line.bidId() + " changed while it was being "
                            + "published; the bid-service holds " + line.outcome() + (line.amountAwarded() == null ? ""
                            : " " + AllocationPolicy.pounds(line.amountAwarded())) + ": publish again to reconcile");
                }
                List<DecisionLine> lines = new ArrayList<>(current.lines);
                lines.replaceAll(l -> l.bidId().equals(line.bidId()) ? l.published(clock.instant()) : l);
                current.lines = lines;
                audit.record(actor, "DECISION_PUBLISHED", "bid", line.bidId(), null, Map.of("roundId", roundId,
                        "outcome", line.outcome(), "amountAwarded", String.valueOf(line.amountAwarded())));
            });
            assignments.closeForDecision(actor, line.bidId());
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            DecisionSet current = DecisionSet.findById(roundId, LockModeType.PESSIMISTIC_WRITE);
            if (current.status != DecisionSet.Status.PUBLISHED) {
                var before = current.snapshot();
                current.status = DecisionSet.Status.PUBLISHED;
                current.publishedAt = clock.instant();
                current.changedBy(actor, clock.instant());
                audit.record(actor, "DECISIONS_PUBLISHED", "decision-set", roundId, before, current.snapshot());
            }
            return current;
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    /** A round's decisions as the caller may read them: a programme manager's at any time, others' once published. */
    public DecisionSet readFor(Caller caller, String roundId) {
        DecisionSet set = DecisionSet.findById(roundId);
        if (set == null || !caller.is(Roles.PROGRAMME_MANAGER) && set.status != DecisionSet.Status.PUBLISHED) {
            throw ProblemException.notFound((caller.is(Roles.PROGRAMME_MANAGER) ? "Decisions" : "Published decisions")
                    + " of round " + roundId);
        }
        return set;
    }

    public DecisionSet get(String roundId) {
        DecisionSet set = DecisionSet.findById(roundId);
        if (set == null) {
            throw ProblemException.notFound("Decisions of round " + roundId);
        }
        return set;
    }

    public static boolean published(String roundId) {
        DecisionSet set = DecisionSet.findById(roundId);
        return set != null && set.status == DecisionSet.Status.PUBLISHED;
    }
}
