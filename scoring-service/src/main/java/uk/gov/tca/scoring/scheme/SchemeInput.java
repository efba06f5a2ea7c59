package uk.gov.tca.scoring.scheme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A scheme as a programme manager writes it; absent options take the usual values. */
@Schema(name = "SchemeInput", description = "A round's scheme as a programme manager writes it; absent options take "
        + "the usual values")
public record SchemeInput(
        @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9-]+", message = "is lower case letters, digits and hyphens")
        @Schema(description = "The round the scheme is for, as the bid-service names it; a round has one scheme, and "
                + "a scheme stays with its round", pattern = "^[a-z0-9-]+$", example = "tca-2013-14")
        String roundId,
        @NotBlank @Size(max = 300) @Schema(description = "The scheme's name", example = "TCA 2013/14 assessment")
        String name,
        @NotNull @Size(min = 1, max = 20) @Schema(description = "What bids are scored on, in the order assessors see "
                + "them; codes unique, weights summing to 1")
        List<@NotNull @Valid Criterion> criteria,
        @NotNull @Valid ScoreScale scale,
        @Schema(description = "Fewest characters of justification an assessor writes for each score before submitting; "
                + "0 to 2000, default 50", minimum = "0", maximum = "2000", example = "50")
        Integer justificationMinLength,
        @Schema(description = "Whether assessors may say how confident they are of each score; default true",
                example = "true")
        Boolean confidenceEnabled,
        @Schema(description = "How many assessors score each bid: 1 to 10, default 2. Sharing a round out fills every "
                + "bid to this number.", minimum = "1", maximum = "10", example = "2")
        Integer assessorsPerBid,
        @Valid ModerationThreshold moderation,
        @jakarta.validation.constraints.Digits(integer = 3, fraction = 2)
        @Schema(description = "The final score below which no bid is funded, however much budget is left: on the "
                + "scale, at most 2 decimal places; absent, none. A bid under it is UNFUNDED when the budget is "
                + "allocated, with the reason, and is held in no reserve list.", example = "2")
        java.math.BigDecimal minimumQualityScore) {

    /** The input that, sent as a full replacement, leaves the scheme as it is: what a merge patch applies to. */
    static SchemeInput of(Scheme scheme) {
        return new SchemeInput(scheme.roundId, scheme.name, List.copyOf(scheme.criteria), scheme.scale,
                scheme.justificationMinLength, scheme.confidenceEnabled, scheme.assessorsPerBid, scheme.moderation,
                scheme.minimumQualityScore);
    }

    public int justificationMinLengthOrDefault() {
        return justificationMinLength == null ? 50 : justificationMinLength;
    }

    public boolean confidenceEnabledOrDefault() {
        return confidenceEnabled == null || confidenceEnabled;
    }

    public int assessorsPerBidOrDefault() {
        return assessorsPerBid == null ? 2 : assessorsPerBid;
    }

    public ModerationThreshold moderationOrDefault() {
        return moderation == null ? new ModerationThreshold(new java.math.BigDecimal("2"), new java.math.BigDecimal("1"))
                : moderation;
    }
}
