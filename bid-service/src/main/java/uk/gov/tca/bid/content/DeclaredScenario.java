package uk.gov.tca.bid.content;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A sensitivity row as the bid states it (Cheshire: "Delay Start 3 / 496%"), with the standard case it
 * stands for, where it is one, so that its figure can be checked against the bid's own base case.
 */
@Schema(name = "DeclaredScenario", description = "A sensitivity row as the bid states it (Cheshire: \"Delay Start 3 / "
        + "496%\"). A row of a standard kind is checked against the bid's BASE row (warning DECLARED_SCENARIO_INCONSISTENT).")
public record DeclaredScenario(
        @Schema(description = "The row as the bid names it.", example = "Costs are 20% higher than anticipated")
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "The standard case the row stands for, if it is one; OTHER or left out for any other.")
        Kind kind,
        @Schema(description = "The payback the row states, in years.", example = "2") BigDecimal paybackYears,
        @Schema(description = "The return on investment the row states, as a percentage ((B − C) / C × 100).",
                example = "511") BigDecimal roiPercent,
        @Schema(description = "The row as the bid writes it.", example = "2 / 511%") @Size(max = 300) String asWritten) {

    /** The standard sensitivity cases; each but the delay scales the base case's benefit-cost ratio. */
    @Schema(name = "DeclaredScenarioKind", description = "BASE (the bid's own case), COSTS_UP_20 (costs 20% higher), "
            + "BENEFITS_DOWN_20 (benefits 20% lower), BOTH_20_WORSE, BOTH_50_WORSE (costs 50% higher and benefits 50% "
            + "lower), DELAYED_START (a year later), OTHER.")
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
