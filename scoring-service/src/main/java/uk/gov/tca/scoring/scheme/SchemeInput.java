package uk.gov.tca.scoring.scheme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A scheme as a programme manager writes it; absent options take the usual values. */
@Schema(name = "SchemeInput")
public record SchemeInput(
        @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9-]+", message = "is lower case letters, digits and hyphens")
        String roundId,
        @NotBlank @Size(max = 300) String name,
        @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid Criterion> criteria,
        @NotNull @Valid ScoreScale scale,
        @Schema(description = "Fewest characters of justification per score; default 50") Integer justificationMinLength,
        @Schema(description = "Whether assessors may say how confident they are; default true") Boolean confidenceEnabled,
        @Schema(description = "Assessors per bid; default 2") Integer assessorsPerBid,
        @Valid ModerationThreshold moderation) {

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
