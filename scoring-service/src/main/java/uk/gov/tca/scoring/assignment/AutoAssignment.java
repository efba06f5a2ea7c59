package uk.gov.tca.scoring.assignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a round is shared out: each bid, oldest submission first, gets the assessors it still lacks, taken from
 * those with the fewest live assignments (then by name, so the result is repeatable); never an assessor who
 * is conflicted on it or who has already had it (declined, revoked). What cannot be filled is said, not hidden.
 */
public final class AutoAssignment {

    private AutoAssignment() {
    }

    /** A bid and the assessors who have or have had it. */
    public record BidNeed(String bidId, int live, Set<String> hadIt) {
    }

    public record Pick(String bidId, String assessor) {
    }

    @Schema(name = "Shortfall", description = "A bid that sharing out could not give all the assessors its scheme asks for")
    public record Shortfall(
            @Schema(description = "The bid, by its id in the bid-service", example = "bid-3f6d2a80-1c4e-4b7a-9e15-8d0c7b2a4f61")
            String bidId,
            @Schema(description = "How many assessors it still lacks", example = "1") int missing,
            @Schema(description = "Why, with the counts", example = "only 1 of 2 assessors available: 1 conflicted, 0 "
                    + "already had it") String reason) {
    }

    public record Plan(List<Pick> picks, List<Shortfall> shortfalls) {
    }

    public static Plan plan(List<BidNeed> bids, Map<String, Integer> loadByAssessor, int perBid,
            BiPredicate<String, String> conflicted) {
        Map<String, Integer> load = new HashMap<>(loadByAssessor);
        List<Pick> picks = new ArrayList<>();
        List<Shortfall> shortfalls = new ArrayList<>();
        for (BidNeed bid : bids) {
            int needed = perBid - bid.live();
            if (needed <= 0) {
                continue;
            }
            List<String> candidates = load.keySet().stream()
                    .filter(a -> !bid.hadIt().contains(a))
                    .sorted(Comparator.<String>comparingInt(load::get).thenComparing(Comparator.naturalOrder()))
                    .toList();
            int given = 0;
            int conflictedCount = 0;
            for (String assessor : candidates) {
                if (given == needed) {
                    break;
                }
                if (conflicted.test(assessor, bid.bidId())) {
                    conflictedCount++;
                    continue;
                }
                picks.add(new Pick(bid.bidId(), assessor));
                load.merge(assessor, 1, Integer::sum);
                given++;
            }
            if (given < needed) {
                shortfalls.add(new Shortfall(bid.bidId(), needed - given, "only " + (bid.live() + given) + " of "
                        + perBid + " assessors available: " + conflictedCount + " conflicted, "
                        + bid.hadIt().size() + " already had it"));
            }
        }
        return new Plan(picks, shortfalls);
    }
}
