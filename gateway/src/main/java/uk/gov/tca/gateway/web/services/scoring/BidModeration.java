package uk.gov.tca.gateway.web.services.scoring;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/** A scored bid's scores across its assessors: the spreads, and whether they call for moderation. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BidModeration(String bidId, String title, BidScores scores) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BidScores(int assessments, BigDecimal meanTotal, BigDecimal medianTotal, BigDecimal totalSpread,
            List<CriterionSpread> criteria, boolean flagged, List<String> flags, boolean moderated) {

        public BidScores {
            criteria = criteria == null ? List.of() : criteria;
            flags = flags == null ? List.of() : flags;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CriterionSpread(String criterion, Integer min, Integer max) {
    }
}
