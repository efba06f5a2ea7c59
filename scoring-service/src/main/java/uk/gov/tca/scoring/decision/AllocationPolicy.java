package uk.gov.tca.scoring.decision;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Funding down the ranking until the budget runs out, strictly in rank order: a bid that does not fit stops
 * the funding (a lower-ranked bid is not funded over a higher-ranked one because it is smaller). Under
 * PART_FUND_MARGINAL the first bid that does not fit is offered what is left, if that is at least the minimum
 * share of what it sought. The bids after form the reserve list (of the given length, the rest unfunded). A
 * bid with no amount sought ("xxxx", none stated) cannot be funded by this rule: it is left for a manager. A bid
 * scored below the scheme's minimum quality score is not funded whatever is left, nor held in reserve.
 */
public final class AllocationPolicy {

    @Schema(name = "AllocationMode", description = "How the budget is shared down the ranking. WHOLE_AWARDS_ONLY: each "
            + "bid is funded in full or not at all, and funding stops at the first bid that does not fit; "
            + "PART_FUND_MARGINAL: as that, but the first bid that does not fit is offered what the budget has left, "
            + "when that is at least the minimum share of what it sought")
    public enum Mode { WHOLE_AWARDS_ONLY, PART_FUND_MARGINAL }

    @Schema(name = "DecisionOutcome")
    public enum Outcome { FUNDED, PART_FUNDED, RESERVE, UNFUNDED }

    public record Ranked(String bidId, BigDecimal amountSought, BigDecimal score) {
    }

    public record Allocation(String bidId, Outcome outcome, BigDecimal amountAwarded, String reason) {
    }

    private AllocationPolicy() {
    }

    public static List<Allocation> allocate(List<Ranked> ranking, BigDecimal budget, Mode mode, BigDecimal minimumShare,
            Integer reserveListSize, BigDecimal minimumQualityScore) {
        List<Allocation> result = new ArrayList<>();
        BigDecimal left = budget;
        boolean funding = true;
        int reserves = 0;
        for (Ranked bid : ranking) {
            if (minimumQualityScore != null && bid.score() != null && bid.score().compareTo(minimumQualityScore) < 0) {
                result.add(new Allocation(bid.bidId(), Outcome.UNFUNDED, null, "scored " + bid.score().stripTrailingZeros()
                        .toPlainString() + ", below the scheme's minimum quality score of " + minimumQualityScore
                        .stripTrailingZeros().toPlainString() + ": not funded whatever the budget has left"));
                continue;
            }
            if (bid.amountSought() == null) {
                result.add(new Allocation(bid.bidId(), Outcome.UNFUNDED, null,
                        "no amount sought is stated, so none can be allocated by rank; a manager may decide it"));
                continue;
            }
            if (funding && bid.amountSought().compareTo(left) <= 0) {
                left = left.subtract(bid.amountSought());
                result.add(new Allocation(bid.bidId(), Outcome.FUNDED, bid.amountSought(),
                        "ranked within the budget; " + pounds(left) + " left"));
                continue;
            }
            if (funding && mode == Mode.PART_FUND_MARGINAL && left.signum() > 0
                    && left.compareTo(bid.amountSought().multiply(minimumShare)) >= 0) {
                result.add(new Allocation(bid.bidId(), Outcome.PART_FUNDED, left, "the marginal bid: " + pounds(left)
                        + " of " + pounds(bid.amountSought()) + " sought is what the budget has left"));
                left = BigDecimal.ZERO;
                funding = false;
                continue;
            }
            funding = false;
            if (reserveListSize == null || reserves < reserveListSize) {
                reserves++;
                result.add(new Allocation(bid.bidId(), Outcome.RESERVE, null, "reserve " + reserves
                        + ": beyond the budget (" + pounds(left) + " left)"));
            } else {
                result.add(new Allocation(bid.bidId(), Outcome.UNFUNDED, null, "beyond the budget and the reserve list"));
            }
        }
        return result;
    }

    static String pounds(BigDecimal amount) {
        return "£" + String.format("%,d", amount.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }
}
