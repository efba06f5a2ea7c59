package uk.gov.tca.bid.money;

import java.math.BigDecimal;

/**
 * A sum of money as a bid writes it and as the system reads it: the exact amount in pounds (never a
 * double), the text as written beside it, the scale the bid used (£, £000s, £m), what the figure covers and
 * how sure it is. A placeholder ("xxxx") or a redaction ("■") keeps its text and has no amount.
 */
public record Money(
        BigDecimal amount,
        BigDecimal min,
        BigDecimal max,
        @jakarta.validation.constraints.Size(max = 200) String asWritten,
        MoneyScale scale,
        MoneyQualifier qualifier,
        MoneyBasis basis) {

    /** Whether the figure can be added up: a placeholder, redaction or words are not numbers. */
    public boolean readsAsNumber() {
        return amount != null;
    }

    public static Money exact(String pounds) {
        return new Money(new BigDecimal(pounds), null, null, null, MoneyScale.POUNDS, MoneyQualifier.EXACT, null);
    }
}
