package uk.gov.tca.bid.round;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A kind of award a round offers, with its cap ("Authority Award", "Major multi-authority award"). */
@Schema(name = "AwardType", description = "A kind of award the round offers, with its cap.")
public record AwardType(
        @Schema(description = "The award type's code, which a bid names in awardType and fallbackAwardType.",
                example = "AUTHORITY_AWARD") String code,
        @Schema(description = "The award type's name.", example = "Authority Award") String name,
        @Schema(description = "The most a bid of this type should seek, in pounds sterling; a bid over it is warned "
                + "(AWARD_OVER_CAP), not refused. Absent when the round sets no cap.", example = "500000") BigDecimal cap) {
}
