package uk.gov.tca.scoring.decision;

import java.math.BigDecimal;
import java.time.Instant;

/** One bid's funding decision in a round's set: what allocation gave, what a manager changed and why, when published. */
public record DecisionLine(int rank, String bidId, String title, BigDecimal amountSought, BigDecimal score,
        AllocationPolicy.Outcome outcome, BigDecimal amountAwarded, String reason, boolean overridden,
        String overriddenBy, Instant publishedAt) {

    DecisionLine published(Instant at) {
        return new DecisionLine(rank, bidId, title, amountSought, score, outcome, amountAwarded, reason, overridden,
                overriddenBy, at);
    }
}
