package uk.gov.tca.bid.round;

import uk.gov.tca.bid.money.MoneyRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoundInput")
public record RoundInput(
        @Size(max = 80) @Pattern(regexp = "^[a-z0-9][a-z0-9-]*$", message = "must be lower-case letters, digits and '-'")
        @Schema(example = "tca-2013-14", description = "Required on create; if sent on update, the id in the path")
        String id,
        @NotBlank @Size(max = 300) @Schema(example = "Transformation Challenge Award") String programme,
        @NotBlank @Size(max = 300) @Schema(example = "Transformation Challenge Award 2013/14") String name,
        @NotNull @Schema(example = "2013-06-01T00:00:00Z") Instant opensAt,
        @NotNull @Schema(example = "2013-07-12T23:59:59Z") Instant closesAt,
        @NotNull @DecimalMin("0") @DecimalMax(value = MoneyRules.LIMIT_TEXT, inclusive = false) @Digits(integer = 13, fraction = 2)
        @Schema(example = "7600000") BigDecimal budget,
        @NotNull @Size(max = 20) List<@NotNull @Valid AwardTypeInput> awardTypes,
        @NotNull @Size(max = 20) @Schema(example = "[\"2013/14\", \"2014/15\"]") List<@NotBlank String> eligibleYears,
        @NotNull @Size(max = 50) List<@NotNull @Valid PromptInput> prompts,
        @Schema(description = "Bids must give their costs and benefits line by line before they can be submitted")
        boolean costBenefitRequired,
        @DecimalMin("0") @DecimalMax("0.5") @Digits(integer = 1, fraction = 5) @Schema(example = "0.035",
                description = "Green Book discount rate; 0.035 when left out") BigDecimal discountRate,
        @DecimalMin("0") @DecimalMax("2") @Digits(integer = 1, fraction = 5) @Schema(example = "0.15") BigDecimal optimismBiasCosts,
        @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 5) @Schema(example = "0.10") BigDecimal optimismBiasBenefits) {

    @Schema(name = "AwardTypeInput")
    public record AwardTypeInput(
            @NotBlank @Size(max = 60) @Pattern(regexp = "^[A-Z][A-Z0-9_]*$") @Schema(example = "AUTHORITY_AWARD") String code,
            @NotBlank @Size(max = 200) @Schema(example = "Authority Award") String name,
            @DecimalMin("0") @DecimalMax(value = MoneyRules.LIMIT_TEXT, inclusive = false) @Digits(integer = 13, fraction = 2)
            @Schema(example = "500000") BigDecimal cap) {
    }

    @Schema(name = "PromptInput")
    public record PromptInput(
            @NotBlank @Size(max = 60) @Pattern(regexp = "^[a-z0-9][a-z0-9-]*$") @Schema(example = "what-will-change") String code,
            @NotBlank @Size(max = 2000) String text,
            boolean required) {
    }
}
