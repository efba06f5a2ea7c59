package uk.gov.tca.gateway.web.services.scoring;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/** A round's funding decisions: a draft until published, each line with its outcome and any change made by hand. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Decisions(BigDecimal budget, BigDecimal totalAwarded, String status, List<DecisionLine> lines) {

    public Decisions {
        lines = lines == null ? List.of() : lines;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DecisionLine(int rank, String bidId, String title, String outcome, BigDecimal amountAwarded,
            String reason, boolean overridden, String overriddenBy) {
    }
}
