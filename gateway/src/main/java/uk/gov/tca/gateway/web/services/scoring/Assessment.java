package uk.gov.tca.gateway.web.services.scoring;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/** An assessor's scores for a bid, a draft until submitted; {@code version} is what If-Match names. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Assessment(String id, String bidId, String roundId, String assessor, String status,
        List<CriterionScore> scores, long version) {

    public Assessment {
        scores = scores == null ? List.of() : scores;
    }

    public boolean submitted() {
        return "SUBMITTED".equals(status);
    }

    public Optional<CriterionScore> scoreFor(String criterion) {
        return scores.stream().filter(s -> criterion.equals(s.criterion())).findFirst();
    }

    /**
     * One criterion as scored. Sent back without the fields left blank (the service judges what is missing); the
     * suggestion is the service's own, never sent.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CriterionScore(String criterion, Integer score, String justification, String confidence,
            Integer suggestedScore, String overrideReason) {
    }
}
