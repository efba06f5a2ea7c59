package uk.gov.tca.bid.lifecycle;

import java.util.ArrayList;
import java.util.List;
import uk.gov.tca.bid.money.Money;
import uk.gov.tca.bid.money.MoneyRules;
import uk.gov.tca.platform.rules.RuleViolation;

/** What a funding decision must say: an award names its amount; a bid not funded is awarded nothing. */
public final class DecisionRules {

    private DecisionRules() {
    }

    public static List<RuleViolation> check(Decision.Outcome outcome, Money amountAwarded) {
        List<RuleViolation> violations = new ArrayList<>(MoneyRules.check("amountAwarded", amountAwarded));
        boolean awarded = outcome == Decision.Outcome.FUNDED || outcome == Decision.Outcome.PART_FUNDED;
        if (awarded && (amountAwarded == null || !amountAwarded.readsAsNumber())) {
            violations.add(new RuleViolation("amountAwarded", "is required when the bid is funded"));
        }
        if (!awarded && amountAwarded != null) {
            violations.add(new RuleViolation("amountAwarded", "a " + outcome + " bid is awarded nothing"));
        }
        return violations;
    }
}
