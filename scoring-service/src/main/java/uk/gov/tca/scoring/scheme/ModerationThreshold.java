package uk.gov.tca.scoring.scheme;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * When assessors disagree enough that a programme manager must moderate: the spread (max − min) of their
 * scores on any one criterion, or of their weighted totals, above these.
 */
@Schema(name = "ModerationThreshold", description = "When assessors disagree enough that a programme manager must "
        + "moderate: a bid is flagged when the spread (highest minus lowest) of its assessors' scores passes either "
        + "threshold. Absent on a new scheme: 2 per criterion and 1 on the total.")
public record ModerationThreshold(
        @Schema(description = "Largest spread of the assessors' scores on any one criterion, in points of the scale, "
                + "that needs no moderation; absent: no flag per criterion", minimum = "0", example = "2")
        BigDecimal criterionSpread,
        @Schema(description = "Largest spread of the assessors' weighted totals that needs no moderation; absent: no "
                + "flag on the total", minimum = "0", example = "1.5")
        BigDecimal totalSpread) {
}
