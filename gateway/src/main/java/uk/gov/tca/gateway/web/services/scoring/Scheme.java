package uk.gov.tca.gateway.web.services.scoring;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** How a round's bids are scored: the criteria and their weights, the scale and the words that anchor each point. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Scheme(String id, String roundId, String name, List<Criterion> criteria, ScoreScale scale,
        int justificationMinLength, boolean confidenceEnabled, int assessorsPerBid, BigDecimal minimumQualityScore,
        Moderation moderation) {

    /** When an assessors' spread flags a bid for moderation. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Moderation(BigDecimal criterionSpread, BigDecimal totalSpread) {
    }


    public Scheme {
        criteria = criteria == null ? List.of() : criteria;
        scale = scale == null ? new ScoreScale(0, 0, Map.of()) : scale;
    }

    public List<String> codes() {
        return criteria.stream().map(Criterion::code).toList();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Criterion(String code, String name, String description, BigDecimal weight) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ScoreScale(int min, int max, Map<Integer, String> anchors) {

        public ScoreScale {
            anchors = anchors == null ? Map.of() : anchors;
        }
    }
}
