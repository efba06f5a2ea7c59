package uk.gov.tca.scoring.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.platform.audit.AuditLog;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.platform.security.Caller;
import uk.gov.tca.scoring.assessment.Assessment;
import uk.gov.tca.scoring.intake.BidInRound;
import uk.gov.tca.scoring.scheme.RoundFunders;
import uk.gov.tca.scoring.scheme.Scheme;

/** The assessors' scores of a bid seen together, and the moderated scores a programme manager records. */
@ApplicationScoped
@Transactional
public class ModerationService {

    private final AuditLog audit;
    private final Clock clock;

    private final RoundFunders funders;

    public ModerationService(AuditLog audit, Clock clock, RoundFunders funders) {
        this.funders = funders;
        this.audit = audit;
        this.clock = clock;
    }

    /** A bid's scores across assessors with its moderations. */
    @Schema(name = "BidModeration", description = "A bid's scores across its assessors, with the moderated scores "
            + "recorded for it")
    public record BidModeration(
            @Schema(description = "The bid, by its id in the bid-service", example = "bid-3f6d2a80-1c4e-4b7a-9e15-8d0c7b2a4f61")
            String bidId,
            @Schema(description = "The round the bid is in", example = "tca-2013-14") String roundId,
            @Schema(description = "The bid's title, as the bid-service's feed gave it",
                    example = "A Transformational approach to sharing local authority services between Babergh and "
                    + "Mid Suffolk District Councils") String title,
            BidScores scores,
            @Schema(description = "Every moderated score recorded for the bid, oldest first") List<Moderation> moderations) {
    }

    /** The scored bids of a round; with {@code flagged}, only those whose flag is that. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BidModeration> ofRound(Caller caller, String roundId, Boolean flagged) {
        funders.requireRuns(caller, roundId);
        Scheme scheme = Scheme.requiredFor(roundId, "its scheme says what is moderated");
        Map<String, List<Assessment>> submitted = Assessment.submittedInRound(roundId, scheme.codes());
        Map<String, List<Moderation>> moderations = Moderation.ofRound(roundId);
        return BidInRound.<BidInRound>list("roundId = ?1 order by submittedAt, bidId", roundId).stream()
                .map(b -> view(scheme, b, submitted.getOrDefault(b.bidId, List.of()),
                        moderations.getOrDefault(b.bidId, List.of())))
                .filter(m -> m.scores().assessments() > 0)
                .filter(m -> flagged == null || m.scores().flagged() == flagged)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BidModeration ofBid(Caller caller, String bidId) {
        BidInRound bid = bid(caller, bidId);
        return view(scheme(bid), bid);
    }

    /** Records a moderated score for one criterion; the assessors' raw scores stay as submitted. */
    public BidModeration moderate(Caller caller, String bidId, String criterion, int score, String reason) {
        String actor = caller.name();
        BidInRound bid = bid(caller, bidId);
        Scheme scheme = scheme(bid);
        if (scheme.criterion(criterion).isEmpty()) {
            throw ProblemException.invalid("criterion", "is not a criterion of the scheme: " + criterion);
        }
        if (!scheme.scale.contains(score)) {
            throw ProblemException.invalid("score", "must be a whole number from " + scheme.scale.min() + " to "
                    + scheme.scale.max());
        }
        if (Assessment.submitted(bidId).isEmpty()) {
            throw ProblemException.conflict("bid " + bidId + " has no submitted assessment to moderate");
        }
        Moderation m = new Moderation();
        m.bidId = bidId;
        m.criterion = criterion;
        m.score = score;
        m.reason = reason.strip();
        m.moderatedAt = clock.instant();
        m.moderatedBy = actor;
        m.persistAndFlush();
        audit.record(actor, "SCORE_MODERATED", "bid", bidId, null, Map.of("criterion", m.criterion, "score", m.score,
                "reason", m.reason));
        return view(scheme, bid);
    }

    private static BidModeration view(Scheme scheme, BidInRound bid) {
        return view(scheme, bid, Assessment.submitted(bid.bidId), Moderation.of(bid.bidId));
    }

    private static BidModeration view(Scheme scheme, BidInRound bid, List<Assessment> submitted,
            List<Moderation> moderations) {
        return new BidModeration(bid.bidId, bid.roundId, bid.title, BidScores.of(bid.bidId, scheme, submitted, moderations),
                moderations);
    }

    private BidInRound bid(Caller caller, String bidId) {
        BidInRound bid = BidInRound.findById(bidId);
        if (bid == null) {
            throw ProblemException.notFound("Bid " + bidId + " in assessment");
        }
        funders.requireRuns(caller, bid.roundId);
        return bid;
    }

    private static Scheme scheme(BidInRound bid) {
        return Scheme.requiredFor(bid.roundId, "its scheme says what is moderated");
    }
}
