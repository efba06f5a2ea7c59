package uk.gov.tca.bid.round;

import uk.gov.tca.bid.money.Pounds;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.platform.problem.Problem;

/**
 * ROUTED_BY_AMOUNT: who decides a bid, set on its round by the amount at stake — above a threshold a named committee,
 * below it an officer under delegation, who reports the decision to a committee afterwards. Each route covers the
 * amounts above {@code above} up to and including {@code upTo}; routes do not overlap, and an amount no route covers
 * cannot be decided until the round says who decides it.
 */
@Schema(name = "ApprovalRoute", description = "Who decides a bid in the round, by the amount at stake (the amount "
        + "awarded; for a bid not funded, the amount it sought; £0 for one that sought none): each route covers amounts "
        + "above `above` up to and including `upTo` (either left out: no bound). Routes do not overlap.")
public record ApprovalRoute(
        @Schema(description = "The route's code, which a decision names: upper-case letters, digits and '_'.",
                example = "DELEGATED") String code,
        @Schema(description = "The route in words.", example = "Delegated to the Director of Resources") String name,
        @Schema(description = "Who decides under it: a committee, a board, a post.", example = "Director of Resources")
        String decidedBy,
        @Schema(description = "The route covers amounts above this, in pounds sterling; left out: from £0.",
                example = "500000") BigDecimal above,
        @Schema(description = "The route covers amounts up to and including this, in pounds sterling; left out: no upper "
                + "bound.", example = "500000") BigDecimal upTo,
        @Schema(description = "Whether the decision is taken under delegation and reported to reportTo afterwards: such "
                + "decisions are listed as awaiting report (GET /bids?awaitingReport=true) until reported.")
        boolean delegated,
        @Schema(description = "The committee a delegated decision is reported to; required when delegated.",
                example = "Cabinet") String reportTo) {

    /** Whether the route covers the amount: above its lower bound and up to its upper one. */
    public boolean covers(BigDecimal amount) {
        return (above == null || amount.compareTo(above) > 0) && (upTo == null || amount.compareTo(upTo) <= 0);
    }

    /** The route covering the amount, when the routes set one. */
    public static Optional<ApprovalRoute> covering(List<ApprovalRoute> routes, BigDecimal amount) {
        return routes.stream().filter(r -> r.covers(amount)).findFirst();
    }

    /** The amounts the route covers, in words: "above £500,000", "up to £500,000", "any amount". */
    public String band() {
        if (above == null && upTo == null) {
            return "any amount";
        }
        if (above == null) {
            return "up to " + Pounds.of(upTo);
        }
        return "above " + Pounds.of(above) + (upTo == null ? "" : " up to " + Pounds.of(upTo));
    }

    /** Codes unique, bounds in order, no two routes covering one amount, a delegated route reporting somewhere. */
    static void check(List<ApprovalRoute> routes, List<Problem.Violation> violations) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < routes.size(); i++) {
            ApprovalRoute r = routes.get(i);
            String field = "approvalRoutes[" + i + "]";
            if (!codes.add(r.code())) {
                violations.add(new Problem.Violation(field + ".code", "repeats another route's code"));
            }
            if (r.above() != null && r.upTo() != null && r.upTo().compareTo(r.above()) <= 0) {
                violations.add(new Problem.Violation(field + ".upTo", "must be more than above"));
            }
            if (r.delegated() && (r.reportTo() == null || r.reportTo().isBlank())) {
                violations.add(new Problem.Violation(field + ".reportTo", "is required for a delegated route: who the "
                        + "decision is reported to"));
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < routes.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> routes.get(i).above() == null ? BigDecimal.valueOf(-1) : routes.get(i).above()));
        for (int k = 1; k < order.size(); k++) {
            ApprovalRoute before = routes.get(order.get(k - 1));
            ApprovalRoute after = routes.get(order.get(k));
            BigDecimal start = after.above() == null ? BigDecimal.valueOf(-1) : after.above();
            if (before.upTo() == null || before.upTo().compareTo(start) > 0) {
                violations.add(new Problem.Violation("approvalRoutes[" + order.get(k) + "]", "covers amounts route "
                        + before.code() + " covers (" + before.band() + "): each amount has one route"));
            }
        }
    }

}
