package uk.gov.tca.bid.round;

import java.math.BigDecimal;
import uk.gov.tca.bid.money.Money;
import uk.gov.tca.bid.money.MoneyQualifier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A kind of award a round offers, with its cap ("Authority Award", "Major multi-authority award"). */
@Schema(name = "AwardType", description = "A kind of award the round offers, with its cap.")
public record AwardType(
        @Schema(description = "The award type's code, which a bid names in awardType and fallbackAwardType.",
                example = "AUTHORITY_AWARD") String code,
        @Schema(description = "The award type's name.", example = "Authority Award") String name,
        @Schema(description = "The most a bid of this type should seek, in pounds sterling; a bid over it is warned "
                + "(AWARD_OVER_CAP), not refused. Absent when the round sets no cap.", example = "500000") BigDecimal cap,
        @Schema(description = "The cap as the programme wrote it (\"up to £500k\"); absent when not given.",
                example = "an Authority Award of £500K") String capAsWritten,
        @Schema(description = "How sure the cap is: EXACT, APPROX (an award within the cap's written precision above "
                + "it is not over it), UP_TO or OVER; EXACT when not said. Absent with the cap.") MoneyQualifier capQualifier) {

    /** A cap is EXACT unless said otherwise, as a bid's figures are; a round stored before caps had words reads so. */
    public AwardType {
        capQualifier = cap != null && capQualifier == null ? MoneyQualifier.EXACT : capQualifier;
    }

    public AwardType(String code, String name, BigDecimal cap) {
        this(code, name, cap, null, null);
    }

    /** The cap as a figure the money rules read: its amount, its words and how sure it is. */
    public Money capAsMoney() {
        return cap == null ? null : new Money(cap, null, null, capAsWritten, null, capQualifier, null);
    }
}
