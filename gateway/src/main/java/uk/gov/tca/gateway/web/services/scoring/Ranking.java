package uk.gov.tca.gateway.web.services.scoring;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/** A round's scored bids in funding order against its budget, with the cumulative amount sought. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Ranking(BigDecimal budget, String tieRule, List<RankingLine> lines, List<String> unscored) {

    public Ranking {
        lines = lines == null ? List.of() : lines;
        unscored = unscored == null ? List.of() : unscored;
    }

    /** Whether bids are unscored, or flagged and not moderated: allocating then needs a reason. */
    public boolean notReady() {
        return !unscored.isEmpty() || flaggedUnmoderated() > 0;
    }

    /** How many ranked bids are flagged for moderation and not moderated. */
    public long flaggedUnmoderated() {
        return lines.stream().filter(RankingLine::flaggedUnmoderated).count();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RankingLine(int rank, String bidId, String title, BigDecimal amountSought, BigDecimal score,
            boolean flaggedUnmoderated, BigDecimal cumulativeAmountSought, boolean withinBudget) {
    }
}
