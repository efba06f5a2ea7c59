package uk.gov.tca.scoring.scheme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * One thing assessors score a bid on, with its weight in the total. A value-for-money criterion may carry
 * benefit-cost-ratio bands, from which the bid's own appraisal suggests a score.
 */
public record Criterion(
        @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9-]+", message = "is lower case letters, digits and hyphens")
        String code,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 2000) String description,
        @NotNull BigDecimal weight,
        @Size(max = 20) List<@NotNull @Valid SuggestionBand> suggestFromBenefitCostRatio) {

    public Criterion {
        suggestFromBenefitCostRatio = suggestFromBenefitCostRatio == null ? List.of() : List.copyOf(suggestFromBenefitCostRatio);
    }

    /** A bid whose appraisal gives a benefit-cost ratio of at least {@code from} is suggested {@code score}. */
    public record SuggestionBand(@NotNull BigDecimal from, int score) {
    }
}
