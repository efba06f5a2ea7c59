package uk.gov.tca.gateway.web.services.scoring;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/** A round's scored bids in funding order against its budget, with the cumulative amount sought. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Ranking(BigDecimal budget, String tieRule, List<RankingLine> lines) {

    public Ranking {
        lines = lines == null ? List.of() : lines;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RankingLine(int rank, String bidId, String title, BigDecimal amountSought, BigDecimal score,
            boolean flaggedUnmoderated, BigDecimal cumulativeAmountSought, boolean withinBudget) {
    }
}
