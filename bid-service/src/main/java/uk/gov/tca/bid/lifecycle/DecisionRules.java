package uk.gov.tca.bid.lifecycle;

import uk.gov.tca.bid.money.Pounds;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.gov.tca.bid.money.Money;
import uk.gov.tca.bid.money.MoneyRules;
import uk.gov.tca.bid.round.ApprovalRoute;
import uk.gov.tca.bid.round.FundingRound;
import uk.gov.tca.platform.rules.RuleViolation;

/**
 * What a funding decision must say: an award names its amount; a bid not funded is awarded nothing; and in a round
 * that routes its decisions, the decision is taken under the route its amount falls in (ROUTED_BY_AMOUNT).
 */
public final class DecisionRules {

    private DecisionRules() {
    }

    public static List<RuleViolation> check(Decision.Outcome outcome, Money amountAwarded) {
        List<RuleViolation> violations = new ArrayList<>(MoneyRules.check("amountAwarded", amountAwarded));
        if (isAward(outcome) && (amountAwarded == null || !amountAwarded.readsAsNumber())) {
            violations.add(new RuleViolation("amountAwarded", "is required when the bid is funded"));
        }
        if (!isAward(outcome) && amountAwarded != null) {
            violations.add(new RuleViolation("amountAwarded", "a " + outcome + " bid is awarded nothing"));
        }
        return violations;
    }

    /**
     * The amount at stake, which the route is chosen by: the amount awarded; for a bid not funded, what it sought (the
     * top of a range); £0 for one that sought no figure.
     */
    static BigDecimal atStake(DecisionTaken taken, Money amountSought) {
        if (isAward(taken.outcome()) && taken.amountAwarded() != null && taken.amountAwarded().readsAsNumber()) {
            return taken.amountAwarded().amount();
        }
        if (amountSought == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal sought = amountSought.amount() != null ? amountSought.amount() : amountSought.max();
        return sought == null ? BigDecimal.ZERO : sought;
    }

    /** The route the decision is taken under, or why it cannot be: none covers the amount, or another was named. */
    static Optional<ApprovalRoute> route(DecisionTaken taken, BigDecimal atStake, FundingRound round,
            List<RuleViolation> violations) {
        if (round.approvalRoutes.isEmpty()) {
            if (taken.route() != null) {
                violations.add(new RuleViolation("route", "the round " + round.id + " sets no approval routes"));
            }
            return Optional.empty();
        }
        Optional<ApprovalRoute> covering = ApprovalRoute.covering(round.approvalRoutes, atStake);
        if (covering.isEmpty()) {
            violations.add(new RuleViolation("route", "no approval route of the round " + round.id + " covers "
                    + Pounds.of(atStake) + ": its routes are " + String.join("; ", round.approvalRoutes.stream()
                    .map(r -> r.code() + " (" + r.band() + ")").toList())));
            return Optional.empty();
        }
        ApprovalRoute route = covering.get();
        if (taken.route() != null && !taken.route().equals(route.code())) {
            violations.add(new RuleViolation("route", "a decision on " + Pounds.of(atStake) + " is taken under " + route.code()
                    + " (" + route.name() + ": " + route.band() + "), not " + taken.route()));
        }
        return covering;
    }

    private static boolean isAward(Decision.Outcome outcome) {
        return outcome == Decision.Outcome.FUNDED || outcome == Decision.Outcome.PART_FUNDED;
    }

}
