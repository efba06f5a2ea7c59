package uk.gov.tca.bid.content;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A sensitivity row as the bid states it (Cheshire: "Delay Start 3 / 496%"), with the standard case it
 * stands for, where it is one, so that its figure can be checked against the bid's own base case.
 */
public record DeclaredScenario(@NotBlank @Size(max = 200) String name, Kind kind, BigDecimal paybackYears,
        BigDecimal roiPercent, @Size(max = 300) String asWritten) {

    /** The standard sensitivity cases; each but the delay scales the base case's benefit-cost ratio. */
    @Schema(name = "DeclaredScenarioKind")
    public enum Kind {
        BASE(1, 1),
        COSTS_UP_20(1.2, 1),
        BENEFITS_DOWN_20(1, 0.8),
        BOTH_20_WORSE(1.2, 0.8),
        BOTH_50_WORSE(1.5, 0.5),
        DELAYED_START(0, 0),
        OTHER(0, 0);

        private final double costFactor;
        private final double benefitFactor;

        Kind(double costFactor, double benefitFactor) {
            this.costFactor = costFactor;
            this.benefitFactor = benefitFactor;
        }

        /** Whether the case follows from the base case alone (a delay or another case needs the profile). */
        public boolean followsFromBase() {
            return costFactor > 0;
        }

        /** ROI % of this case given the base case's ROI %: (1 + ROI) × benefits ÷ costs − 1. */
        public BigDecimal roiFromBase(BigDecimal baseRoiPercent) {
            double ratio = 1 + baseRoiPercent.doubleValue() / 100;
            return BigDecimal.valueOf((ratio * benefitFactor / costFactor - 1) * 100);
        }
    }
}
