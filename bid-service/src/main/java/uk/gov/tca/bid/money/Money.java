package uk.gov.tca.bid.money;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A sum of money as a bid writes it and as the system reads it: the exact amount in pounds (never a
 * double), the text as written beside it, the scale the bid used (£, £000s, £m), what the figure covers and
 * how sure it is. A placeholder ("xxxx") or a redaction ("■") keeps its text and has no amount.
 */
@Schema(name = "Money", description = "A figure as the bid writes it and as it is read. amount, min and max are always "
        + "in pounds sterling, whatever scale says: \"£140.92k\" in a £000s table is amount 140920 with scale THOUSANDS. "
        + "Figures are never negative, are less than £1,000,000,000,000 and have at most 2 decimal places (pence). "
        + "A placeholder, a redaction or words have no amount, only asWritten.")
public record Money(
        @Schema(description = "The figure in pounds sterling (never in the table's scale), at most 2 decimal places. "
                + "Required unless qualifier is RANGE, PLACEHOLDER, REDACTED or NON_NUMERIC; must be left out for the "
                + "last three. Never negative, except on a benefit line of a bid that declares its signConvention, "
                + "where the sign is kept as written.", example = "166900", minimum = MoneyRules.NEGATIVE_LIMIT_TEXT,
                exclusiveMinimum = true, maximum = MoneyRules.LIMIT_TEXT, exclusiveMaximum = true)
        BigDecimal amount,
        @Schema(description = "The low end of a RANGE, in pounds sterling (\"£8-£10m\" is min 8000000); required with "
                + "qualifier RANGE and not more than max; negative only as amount may be.", example = "8000000",
                minimum = MoneyRules.NEGATIVE_LIMIT_TEXT, exclusiveMinimum = true, maximum = MoneyRules.LIMIT_TEXT,
                exclusiveMaximum = true)
        BigDecimal min,
        @Schema(description = "The high end of a RANGE, in pounds sterling (\"£8-£10m\" is max 10000000); required "
                + "with qualifier RANGE; negative only as amount may be.", example = "10000000",
                minimum = MoneyRules.NEGATIVE_LIMIT_TEXT, exclusiveMinimum = true, maximum = MoneyRules.LIMIT_TEXT,
                exclusiveMaximum = true)
        BigDecimal max,
        @Schema(description = "The figure exactly as the bid wrote it, kept for the record and for the warnings "
                + "(\"£366,932k\", \"(£000s) 300\", \"xxxx\"). Required for a PLACEHOLDER, REDACTED or NON_NUMERIC "
                + "figure.", example = "Total Award sought £166,900")
        @jakarta.validation.constraints.Size(max = 200) String asWritten,
        @Schema(description = "How the council wrote its table: POUNDS (£), THOUSANDS (£000s, £'000, K £) or MILLIONS "
                + "(£m). A record of the source only: amount, min and max are in pounds whatever the scale.")
        MoneyScale scale,
        @Schema(description = "How sure the figure is, as the bid says it; EXACT when left out. PLACEHOLDER (\"xxxx\"), "
                + "REDACTED (\"■\", \"£**k\") and NON_NUMERIC (\"Cost Neutral\") have no amount; RANGE has min and "
                + "max.")
        MoneyQualifier qualifier,
        @Schema(description = "What period the figure covers: each year (PER_ANNUM), the whole period (TOTAL_FOR_PERIOD), "
                + "once (ONE_OFF) or a running total (CUMULATIVE). Left out when the bid does not say.")
        MoneyBasis basis) {

    /** Whether the figure can be added up: a placeholder, redaction or words are not numbers. */
    public boolean readsAsNumber() {
        return amount != null;
    }

    public static Money exact(String pounds) {
        return new Money(new BigDecimal(pounds), null, null, null, MoneyScale.POUNDS, MoneyQualifier.EXACT, null);
    }
}
