package uk.gov.tca.gateway.web.manager;

import java.math.BigDecimal;
import java.util.Map;
import uk.gov.tca.gateway.web.services.bid.Round;

/** A round in the list of rounds, with its bids counted by status. */
public record RoundRow(String id, String name, BigDecimal budget, Map<String, Long> counts) {

    static RoundRow of(Round round, Map<String, Long> counts) {
        return new RoundRow(round.id(), round.name(), round.budget(), counts);
    }
}
