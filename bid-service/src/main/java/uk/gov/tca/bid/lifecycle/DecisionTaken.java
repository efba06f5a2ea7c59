package uk.gov.tca.bid.lifecycle;

import java.time.LocalDate;
import uk.gov.tca.bid.money.Money;

/**
 * A funding decision as it is recorded: the outcome and amount, and where the round routes its decisions, the route
 * the recorder names (checked against the one the amount falls in), who took it, when and where it is minuted.
 */
public record DecisionTaken(Decision.Outcome outcome, Money amountAwarded, String reason, String route,
        String decisionMaker, LocalDate decidedOn, String minuteReference) {

    public static DecisionTaken of(Decision.Outcome outcome, Money amountAwarded, String reason) {
        return new DecisionTaken(outcome, amountAwarded, reason, null, null, null, null);
    }
}
