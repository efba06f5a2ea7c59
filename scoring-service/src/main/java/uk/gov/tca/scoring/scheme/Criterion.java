package uk.gov.tca.scoring.scheme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One thing assessors score a bid on, with its weight in the total. A value-for-money criterion may carry
 * benefit-cost-ratio bands, from which the bid's own appraisal suggests a score.
 */
@Schema(name = "Criterion", description = "One thing assessors score a bid on, with its share of the weighted total")
public record Criterion(
        @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9-]+", message = "is lower case letters, digits and hyphens")
        @Schema(description = "The criterion's code, unique in the scheme: lower-case letters, digits and hyphens. "
                + "Assessments and moderations name the criterion by it.", pattern = "^[a-z0-9-]+$",
                example = "value-for-money")
        String code,
        @NotBlank @Size(max = 200) @Schema(description = "The criterion's name as assessors see it",
                example = "Value for money")
        String name,
        @NotBlank @Size(max = 2000) @Schema(description = "What assessors look for under this criterion: the prompt of "
                + "the round it answers", example = "Expected costs, benefits and savings, and how the proposal offers "
                + "value for money.")
        String description,
        @NotNull @Schema(description = "The criterion's share of an assessor's weighted total: more than 0 and at most 1; "
                + "the weights of a scheme's criteria sum to exactly 1", exclusiveMinimum = true, minimum = "0",
                maximum = "1", example = "0.3")
        BigDecimal weight,
        @Size(max = 20) @Schema(description = "Benefit-cost-ratio bands from which the service suggests a score for this "
                + "criterion, read from the bid's appraisal when scoring starts; empty for a criterion scored on "
                + "judgement alone")
        List<@NotNull @Valid SuggestionBand> suggestFromBenefitCostRatio) {

    public Criterion {
        suggestFromBenefitCostRatio = uk.gov.tca.platform.validation.Lists.asSent(suggestFromBenefitCostRatio);
    }

    /** A bid whose appraisal gives a benefit-cost ratio of at least {@code from} is suggested {@code score}. */
    @Schema(name = "SuggestionBand", description = "A bid whose appraisal gives a benefit-cost ratio of at least from "
            + "is suggested score; of a criterion's bands, the highest from the ratio reaches applies")
    public record SuggestionBand(
            @NotNull @Schema(description = "The least benefit-cost ratio (benefits over costs, as the bid's appraisal "
                    + "gives it) for this band", example = "2") BigDecimal from,
            @Schema(description = "The score suggested: a point of the scheme's scale", example = "4") int score) {
    }
}
