package uk.gov.tca.gateway.web.services.scoring;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A scored bid's scores across its assessors: the spreads, whether they call for moderation, and its moderations. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BidModeration(String bidId, String roundId, String title, BidScores scores, List<Moderation> moderations) {

    public BidModeration {
        moderations = moderations == null ? List.of() : moderations;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BidScores(int assessments, BigDecimal meanTotal, BigDecimal medianTotal, BigDecimal totalSpread,
            List<CriterionSpread> criteria, boolean flagged, List<String> flags, boolean moderated) {

        public BidScores {
            criteria = criteria == null ? List.of() : criteria;
            flags = flags == null ? List.of() : flags;
        }

        public Optional<CriterionSpread> criterion(String code) {
            return criteria.stream().filter(c -> code.equals(c.criterion())).findFirst();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CriterionSpread(String criterion, Integer min, Integer max, BigDecimal mean, Integer moderatedScore,
            String moderationReason) {
    }

    /** A moderated score as recorded: append-only, the latest of a criterion the one that counts. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Moderation(Long id, String criterion, int score, String reason, Instant moderatedAt, String moderatedBy) {
    }
}
