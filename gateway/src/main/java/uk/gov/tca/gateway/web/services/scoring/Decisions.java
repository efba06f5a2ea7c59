package uk.gov.tca.gateway.web.services.scoring;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/**
 * A round's funding decisions: a draft until published, each line with its outcome and any change made by hand, the
 * rule the allocation followed, and the version to name when discarding the draft.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Decisions(BigDecimal budget, BigDecimal totalAwarded, Policy policy, String status, List<DecisionLine> lines,
        long version) {

    public Decisions {
        lines = lines == null ? List.of() : lines;
    }

    /** How many lines a manager changed by hand. */
    public long overriddenCount() {
        return lines.stream().filter(DecisionLine::overridden).count();
    }

    /** The line of a bid, or null when the decisions have none for it. */
    public DecisionLine line(String bidId) {
        return lines.stream().filter(l -> l.bidId().equals(bidId)).findFirst().orElse(null);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DecisionLine(int rank, String bidId, String title, BigDecimal amountSought, String outcome,
            BigDecimal amountAwarded, String reason, boolean overridden, String overriddenBy) {
    }

    /** How the budget was allocated, why it went ahead while bids were not ready (if they were not), the manager's note. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Policy(String mode, BigDecimal minimumShare, Integer reserveListSize, BigDecimal minimumQualityScore,
            String notReadyReason, List<String> notReady, String note, Boolean demonstration) {

        public Policy {
            notReady = notReady == null ? List.of() : notReady;
        }
    }
}
