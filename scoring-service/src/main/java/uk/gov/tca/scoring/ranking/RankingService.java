package uk.gov.tca.scoring.ranking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.scoring.assessment.Assessment;
import uk.gov.tca.platform.security.Caller;
import uk.gov.tca.platform.security.Roles;
import uk.gov.tca.scoring.client.BidServiceCalls;
import uk.gov.tca.scoring.intake.BidInRound;
import uk.gov.tca.scoring.moderation.BidScores;
import uk.gov.tca.scoring.moderation.Moderation;
import uk.gov.tca.scoring.scheme.Criterion;
import uk.gov.tca.scoring.scheme.Scheme;

/** A round's bids in funding order with the cumulative amount sought against the round's budget. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RankingService {

    private final BidServiceCalls bids;
    private final RankingPublication publication;

    public RankingService(BidServiceCalls bids, RankingPublication publication) {
        this.bids = bids;
        this.publication = publication;
    }

    @Schema(name = "RankingLine", description = "One scored bid in funding order, with the amount sought down to it")
    public record Line(
            @Schema(description = "Its place in funding order, from 1", example = "1") int rank,
            @Schema(description = "The bid, by its id in the bid-service", example = "bid-3f6d2a80-1c4e-4b7a-9e15-8d0c7b2a4f61")
            String bidId,
            @Schema(description = "The bid's title, as the bid-service's feed gave it",
                    example = "A Transformational approach to sharing local authority services between Babergh and "
                    + "Mid Suffolk District Councils") String title,
            @Schema(description = "The bid's lead organisation, by its register id", example = "GB-LAE-BAB")
            String leadOrganisationId,
            @Schema(description = "The amount the bid seeks, in pounds sterling; absent when the bid states none",
                    example = "166900") BigDecimal amountSought,
            @Schema(description = "The final score it is ranked on (moderated, else the mean of the weighted totals)",
                    example = "3.1") BigDecimal score,
            @Schema(description = "Where the score comes from: MODERATED (a programme manager moderated a criterion) or "
                    + "MEAN (the mean of the assessors' weighted totals)", enumeration = {"MODERATED", "MEAN"},
                    example = "MEAN") String basis,
            @Schema(description = "How many submitted assessments count", example = "2") int assessments,
            @Schema(description = "Whether its spread passes a moderation threshold and no moderation has been recorded yet")
            boolean flaggedUnmoderated,
            @Schema(description = "The amounts sought by this bid and every bid ranked above it, in pounds sterling; a bid "
                    + "stating no amount adds nothing", example = "166900") BigDecimal cumulativeAmountSought,
            @Schema(description = "Whether the cumulative amount sought is within the round's budget") boolean withinBudget) {
    }

    /** What ranking needs of a bid in the round: not its organisations, a JSON column parsed per bid. */
    public record Entrant(String bidId, String title, String leadOrganisationId, BigDecimal amountSought,
            java.time.Instant submittedAt) {
    }

    /** What a line needs of a bid's scores: kept for 10 000 bids while the rest of their scores is let go. */
    private record Scored(Entrant bid, BigDecimal score, boolean moderated, int assessments, boolean flagged) {
    }

    @Schema(name = "Ranking", description = "A round's scored bids in funding order, with the cumulative amount sought "
            + "against the round's budget")
    public record Ranking(
            @Schema(description = "The round", example = "tca-2013-14") String roundId,
            @Schema(description = "The round's budget as the bid-service gives it, in pounds sterling",
                    example = "7600000") BigDecimal budget,
            @Schema(description = "How bids with the same final score are ordered, in words", example = RankingRules.TIE_RULE)
            String tieRule,
            @Schema(description = "The scored bids, in funding order") List<Line> lines,
            @Schema(description = "Bids in assessment with no submitted assessment yet; not ranked") List<String> unscored) {
    }

    /**
     * Ranking holds a whole round in memory (10 000 bids: tens of megabytes while it runs). One at a time, so that
     * several managers and the allocation asking at once queue for a few seconds instead of exhausting the heap;
     * a caller that waits too long is told to retry.
     */
    private final java.util.concurrent.Semaphore oneRoundAtATime = new java.util.concurrent.Semaphore(1, true);

    /** A round's ranking as the caller may read it: a programme manager's at any time, others' once it is published. */
    public Ranking rankFor(Caller caller, String roundId) {
        if (!caller.is(Roles.PROGRAMME_MANAGER) && !publication.published(roundId)) {
            throw ProblemException.notFound("A published ranking of round " + roundId);
        }
        return rank(roundId);
    }

    public Ranking rank(String roundId) {
        try {
            if (!oneRoundAtATime.tryAcquire(20, java.util.concurrent.TimeUnit.SECONDS)) {
                throw ProblemException.unavailable("another round is being ranked; try again shortly", 5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.unavailable("interrupted while waiting to rank", 5);
        }
        try {
            Scheme scheme = Scheme.requiredFor(roundId, "its scheme weighs the scores");
            BigDecimal budget = bids.round(roundId).budget();
            // in a transaction (joined if the caller has one), so that the round's scores are read through a
            // cursor a batch at a time instead of all 30 000 held in memory at once; the bid-service is asked
            // for the budget first, so that no database connection waits on it
            return io.quarkus.narayana.jta.QuarkusTransaction.joiningExisting()
                    .call(() -> rankNow(roundId, scheme, budget));
        } finally {
            oneRoundAtATime.release();
        }
    }

    private Ranking rankNow(String roundId, Scheme scheme, BigDecimal budget) {
        List<Entrant> inRound = BidInRound.find("roundId = ?1 and status <> ?2", roundId, BidInRound.Status.WITHDRAWN)
                .project(Entrant.class).list();
        Map<String, Entrant> byId = inRound.stream().collect(Collectors.toMap(Entrant::bidId, Function.identity()));
        Criterion heaviest = scheme.criteria.stream().max(Comparator.comparing(Criterion::weight)).orElseThrow();
        List<RankingRules.Candidate> candidates = new ArrayList<>();
        // by identity: a round's bid ids share a long prefix, so their hashes crowd (seen as tree bins in a profile)
        Map<RankingRules.Candidate, Scored> scored = new IdentityHashMap<>();
        // the round's scores in two queries (ranking 10 000 bids must not cost 20 000 round trips), a bid's
        // assessments let go once its scores are worked out
        Map<String, List<Moderation>> moderationsByBid = Moderation.ofRound(roundId);
        Assessment.eachBidInRound(roundId, scheme.codes(), (bidId, submitted) -> {
            Entrant bid = byId.get(bidId);
            if (bid == null) {
                return; // withdrawn
            }
            BidScores s = BidScores.of(bidId, scheme, submitted, moderationsByBid.getOrDefault(bidId, List.of()));
            BigDecimal heaviestScore = s.criteria().stream().filter(c -> c.criterion().equals(heaviest.code()))
                    .map(c -> c.moderatedScore() != null ? BigDecimal.valueOf(c.moderatedScore()) : c.mean())
                    .findFirst().orElse(null);
            RankingRules.Candidate candidate = new RankingRules.Candidate(bidId, s.finalScore(), heaviestScore,
                    bid.amountSought(), bid.submittedAt());
            candidates.add(candidate);
            scored.put(candidate, new Scored(bid, s.finalScore(), s.moderated(), s.assessments(), s.flagged()));
        });
        Set<Entrant> ranked = Collections.newSetFromMap(new IdentityHashMap<>());
        scored.values().forEach(s -> ranked.add(s.bid()));
        List<String> unscored = inRound.stream().filter(bid -> !ranked.contains(bid)).map(Entrant::bidId).sorted().toList();
        List<Line> lines = lines(RankingRules.rank(candidates), scored, budget);
        return new Ranking(roundId, budget, RankingRules.TIE_RULE, lines, unscored);
    }

    /** The lines in funding order, each with the amount sought so far and whether that is within the budget. */
    private static List<Line> lines(List<RankingRules.Candidate> inOrder, Map<RankingRules.Candidate, Scored> scored,
            BigDecimal budget) {
        List<Line> lines = new ArrayList<>(inOrder.size());
        BigDecimal cumulative = BigDecimal.ZERO;
        int rank = 0;
        for (RankingRules.Candidate c : inOrder) {
            Scored s = scored.get(c);
            Entrant bid = s.bid();
            if (bid.amountSought() != null) {
                cumulative = cumulative.add(bid.amountSought());
            }
            lines.add(new Line(++rank, bid.bidId(), bid.title(), bid.leadOrganisationId(), bid.amountSought(), s.score(),
                    s.moderated() ? "MODERATED" : "MEAN", s.assessments(), s.flagged() && !s.moderated(), cumulative,
                    budget != null && cumulative.compareTo(budget) <= 0));
        }
        return lines;
    }
}
