package uk.gov.tca.scoring.decision;

import java.util.ArrayList;
import java.util.List;
import uk.gov.tca.edge.problem.ProblemType;
import uk.gov.tca.platform.problem.Problem;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.scoring.ranking.RankingService;

/**
 * Whether a round's scores are ready to allocate its budget on: a bid with no submitted assessment is not ranked at
 * all, and one whose assessors disagree past the scheme's threshold is ranked on a mean nobody has looked at. Either
 * would put the funding line in the wrong place, so allocating then needs a manager's reason to go on (a draft for
 * the panel to discuss, say), kept with the decisions.
 */
final class AllocationReadiness {

    private static final int NAMED = 5;

    private AllocationReadiness() {
    }

    /** The bids not ready, unscored first, each as "bid-…: why". */
    static List<String> notReady(RankingService.Ranking ranking) {
        List<String> notReady = new ArrayList<>();
        ranking.unscored().forEach(bidId -> notReady.add(bidId + ": no submitted assessment"));
        ranking.lines().stream().filter(RankingService.Line::flaggedUnmoderated).forEach(l -> notReady.add(l.bidId()
                + ": its assessors' scores differ past the moderation threshold and it is not moderated"));
        return notReady;
    }

    /** Refuses (409 round-not-ready, naming the bids) unless every bid is ready or a reason to go on is given. */
    static void require(RankingService.Ranking ranking, List<String> notReady, String reason) {
        if (notReady.isEmpty() || reason != null && !reason.isBlank()) {
            return;
        }
        long unscored = ranking.unscored().size();
        long unmoderated = notReady.size() - unscored;
        List<String> parts = new ArrayList<>();
        if (unscored > 0) {
            parts.add(unscored + (unscored == 1 ? " bid has" : " bids have") + " no submitted assessment");
        }
        if (unmoderated > 0) {
            parts.add(unmoderated + (unmoderated == 1 ? " bid is" : " bids are") + " flagged for moderation and not "
                    + "moderated");
        }
        String named = String.join("; ", notReady.subList(0, Math.min(NAMED, notReady.size())))
                + (notReady.size() > NAMED ? "; and " + (notReady.size() - NAMED) + " more" : "");
        throw ProblemException.of(ProblemType.ROUND_NOT_READY, "Round " + ranking.roundId() + " is not ready to allocate: "
                + String.join(", and ", parts) + " (" + named + "). Score and moderate them first, or give the reason "
                + "to allocate now in notReadyReason.", List.of(new Problem.Violation("notReadyReason",
                "give the reason to allocate while " + String.join(" and ", parts))));
    }
}
