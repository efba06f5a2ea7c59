package uk.gov.tca.bid.content;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a bid's benefit table writes its signs. Councils' savings tables go both ways: savings as positive figures
 * with a negative year where the change costs more than it saves, or savings as negative figures (a reduction in
 * spend). Which it is cannot be guessed from the figures, so a negative benefit is taken only under a declared
 * convention, and then as written: the sign is kept in the line, and only the appraisal reads it as a benefit.
 */
@Schema(name = "SignConvention", description = "How the bid's benefit lines write signs, when any is negative: "
        + "SAVINGS_POSITIVE (a saving is a positive figure; a negative one is a year that costs more than it saves, and "
        + "lowers the benefits) or SAVINGS_NEGATIVE (a saving is written as a negative figure, a reduction in spend; a "
        + "positive one lowers the benefits). Either way a benefit line is never counted as a cost.")
public enum SignConvention {
    SAVINGS_POSITIVE,
    SAVINGS_NEGATIVE;

    /** The benefit a line gives, in the appraisal's sense (more is better), from its amount as written. */
    public BigDecimal benefitOf(BigDecimal written) {
        return this == SAVINGS_NEGATIVE ? written.negate() : written;
    }

    /** How a bid without a declared convention has its benefits read: as positive figures, none negative. */
    public static SignConvention orDefault(SignConvention declared) {
        return declared == null ? SAVINGS_POSITIVE : declared;
    }
}
