package uk.gov.tca.scoring.decision;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;

/**
 * The decision the bid-service holds on a bid, read when it refuses one sent to it: a bid decided already is either
 * this publication's own earlier attempt (the same outcome and amount) or a decision taken elsewhere — in a round
 * that routes its decisions, recorded by the funder's manager as its committee took it — that the draft must not
 * be published over as if it were its own.
 */
record RecordedDecision(String status, String outcome, BigDecimal amountAwarded, String route, String decisionMaker) {

    static RecordedDecision of(JsonNode bid) {
        JsonNode decision = bid.path("decision");
        JsonNode amount = decision.path("amountAwarded").path("amount");
        return new RecordedDecision(text(bid.path("status")), text(decision.path("outcome")),
                amount.isNumber() ? amount.decimalValue() : null, text(decision.path("route")),
                text(decision.path("decisionMaker")));
    }

    boolean decided() {
        return "DECIDED".equals(status) && outcome != null;
    }

    /** The same outcome and the same amount (by value: £80,000 is £80,000.00). */
    boolean sameAs(DecisionLine line) {
        return decided() && outcome.equals(line.outcome().name()) && (amountAwarded == null ? line.amountAwarded() == null
                : line.amountAwarded() != null && amountAwarded.compareTo(line.amountAwarded()) == 0);
    }

    /** In words, for the manager told why the publication stopped. */
    String describe() {
        if (!decided()) {
            return status == null ? "not in a state to be decided" : status;
        }
        return outcome + (amountAwarded == null ? "" : " " + AllocationPolicy.pounds(amountAwarded))
                + (route == null ? "" : " under route " + route) + (decisionMaker == null ? "" : " by " + decisionMaker);
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
